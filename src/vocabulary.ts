/** Stratum words and the intent vocabulary (rules/intents.yaml): what `needs=` may say. */
import { join } from 'node:path';
import { bundledData, loadYamlData, rulesDir } from './data.js';
import type { Stratum } from './model.js';
import { closest } from './suggest.js';
import { clip } from './text/escape.js';

export interface Intent {
  stratum: Stratum;
  meaning: string;
}

/** A Map, not an object: `constructor` or `__proto__` must never look like a stratum word. */
const STRATUM_WORDS: ReadonlyMap<string, Stratum> = new Map([
  ['1', 1],
  ['2', 2],
  ['3', 3],
  ['process', 1],
  ['os', 2],
  ['hardware', 3],
]);

export class Vocabulary {
  constructor(readonly intents: ReadonlyMap<string, Intent>) {}

  static builtIn(): Vocabulary {
    const bundled = bundledData<{ intents: Record<string, Intent> }>('intents', 'intents.schema.json');
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
    // Nothing is suggested for a word read from elsewhere (a secret in .env): a suggestion would hint at it.
    const suggestion = shown === word ? closest(lower, [...STRATUM_WORDS.keys(), ...this.intents.keys()]) : undefined;
    return `unknown stratum or intent "${clip(shown, 80)}"${suggestion ? `; did you mean "${suggestion}"?` : ''} (strata takes 1|2|3|process|os|hardware or an intent from rules/intents.yaml)`;
  }
}
