/** "Did you mean …?": the nearest word by edit distance, for typos in names strata knows. */

/** Suggestions are for typos: a word much longer than any known one is not one, and edit distance is quadratic. */
const LONGEST_SUGGESTIBLE = 64;
/** Words compared per suggestion (the built-in ones come first): a config's vocabulary must not make each typo cost its size. */
const CANDIDATES = 256;

/** The candidate a typo most likely meant, if any is near enough. */
export function closest(word: string, candidates: string[]): string | undefined {
  if (word.length > LONGEST_SUGGESTIBLE) return undefined;
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates.slice(0, CANDIDATES)) {
    // A word whose length alone is farther than the best so far cannot be nearer.
    if (Math.abs(candidate.length - word.length) >= bestDistance) continue;
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
