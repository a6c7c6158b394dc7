/** Stratum words and the intent vocabulary (rules/intents.yaml): what `needs=` may say. */
import { join } from 'node:path';
import { bundledData, DataError, loadYamlData, rulesDir, schemaValidator } from './data.js';
import type { Stratum } from './model.js';
import { clip } from './text/escape.js';

export interface Intent {
  stratum: Stratum;
  meaning: string;
}

/** A Map, not an object: `constructor` or `__proto__` must never look like a stratum word. */
const STRATUM_WORDS: ReadonlyMap<string, Stratum> = new Map([['1', 1], ['2', 2], ['3', 3], ['process', 1], ['os', 2], ['hardware', 3]]);

/** Suggestions are for typos: a word much longer than any in the vocabulary is not one, and edit distance is quadratic. */
const LONGEST_SUGGESTIBLE = 64;
/** Words compared per suggestion (stratum words and built-in intents first): a config's intents must not make each typo cost its size. */
const SUGGESTION_CANDIDATES = 256;

export class Vocabulary {
  constructor(readonly intents: ReadonlyMap<string, Intent>) {}

  static builtIn(): Vocabulary {
    const bundled = bundledData<{ intents: Record<string, Intent> }>('intents');
    if (bundled && !schemaValidator('intents.schema.json')(bundled)) throw new DataError('dist/data/intents.json is not valid: run npm run build');
    const data = bundled ?? loadYamlData<{ intents: Record<string, Intent> }>(join(rulesDir, 'intents.yaml'), 'intents.schema.json');
    return new Vocabulary(new Map(Object.entries(data.intents)));
  }

  /**
   * The stratum a `needs=` word stands for, or a sentence saying why it stands for none.
   * `shown` is the word as written when `word` was read from elsewhere (a secret in `.env`):
   * the sentence names it instead, and suggests nothing, since a suggestion would hint at the value.
   */
  resolve(word: string, shown: string = word): Stratum | string {
    const lower = word.toLowerCase();
    const stratum = STRATUM_WORDS.get(lower) ?? this.intents.get(lower)?.stratum;
    if (stratum !== undefined) return stratum;
    const suggestion =
      shown === word && lower.length <= LONGEST_SUGGESTIBLE ? closest(lower, [...STRATUM_WORDS.keys(), ...this.intents.keys()].slice(0, SUGGESTION_CANDIDATES)) : undefined;
    return `unknown stratum or intent "${clip(shown, 80)}"${suggestion ? `; did you mean "${suggestion}"?` : ''} (strata takes 1|2|3|process|os|hardware or an intent from rules/intents.yaml)`;
  }
}

function closest(word: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const d = editDistance(word, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
