/**
 * Glob patterns from the configuration (`overrides[].files`, `files`), matched without
 * regular expressions. The config lives in the scanned tree, so its patterns are as
 * untrusted as the rest: a backtracking regex turns `a*a*a*a*a*a*a*a*b` into minutes per
 * file. Here a segment is matched by the classic wildcard walk (one resumable star, time
 * at most pattern × name), and `**` by a table over segments, so matching stays polynomial
 * and small whatever the pattern.
 *
 * Syntax: `*` (within a segment), `**` (a whole segment: any number of segments), `?`,
 * `[abc]`, `[a-z]`, `[!x]`/`[^x]`, `{a,b}` (nested; groups met once a pattern has 256
 * alternatives stay as written), `\` escapes.
 * Dot files are matched like any other (as picomatch's `dot: true`).
 */

type Token = { kind: 'char'; char: string } | { kind: 'any' } | { kind: 'star' } | { kind: 'class'; negated: boolean; ranges: Array<[string, string]> };
type Segment = Token[] | 'globstar';

const MAX_ALTERNATIVES = 256;

/**
 * Patterns (braces expanded) one config's matchers may hold, and their characters: far beyond
 * any real config. Matching a path costs its patterns' characters times its segments' (the
 * wildcard walk), so the characters are what keeps that cost a constant per file: 1,000
 * patterns of 240 characters took 167 ms per file of 249-character names. A config is as
 * untrusted as the tree.
 */
export const MAX_PATTERNS = 1000;
const MAX_PATTERN_CHARACTERS = 16 * 1024;

/** What one config's matchers may hold, all told (see MAX_PATTERNS). */
export function patternBudget(): { left: number; characters: number } {
  return { left: MAX_PATTERNS, characters: MAX_PATTERN_CHARACTERS };
}

export class TooManyPatterns extends Error {}

/** A matcher for paths written with `/`; true when any of the patterns matches. `budget` is shared by one config's matchers. */
export function globMatcher(patterns: readonly string[], budget = patternBudget()): (path: string) => boolean {
  const expanded: string[] = [];
  for (const pattern of patterns) {
    for (const alternative of expandBraces(pattern, budget)) {
      if (--budget.left < 0) throw tooMany();
      budget.characters -= alternative.length;
      if (budget.characters < 0) throw tooLong();
      expanded.push(alternative);
    }
  }
  const compiled = expanded.map((p) => p.split('/').map(segmentOf));
  return (path) => {
    const segments = path.split('/');
    return compiled.some((pattern) => matchSegments(pattern, segments));
  };
}

/** The directories a glob pattern names before its first wildcard: `infra` for infra/x-star/main.tf. */
export function globBase(pattern: string): string {
  const segments = pattern.split(/[\\/]/);
  const dynamic = segments.findIndex((s) => /[*?[\]{}()!]/.test(s));
  return segments.slice(0, dynamic < 0 ? segments.length : dynamic).join('/') || '.';
}

/**
 * A wildcard over a whole value (`*` any run of characters, `/` included; `?` one character;
 * nothing else special), as the catalog's `glob` conditions match attribute values.
 */
export function wildcardMatcher(pattern: string): (value: string) => boolean {
  const compiled: Token[] = [];
  for (const char of pattern) {
    if (char === '*') {
      if (compiled.at(-1)?.kind !== 'star') compiled.push({ kind: 'star' });
    } else compiled.push(char === '?' ? { kind: 'any' } : { kind: 'char', char });
  }
  return (value) => matchSegment(compiled, value);
}

function segmentOf(text: string): Segment {
  return text === '**' ? 'globstar' : tokens(text);
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\' && i + 1 < text.length) out.push({ kind: 'char', char: text[++i]! });
    else if (c === '?') out.push({ kind: 'any' });
    else if (c === '*') {
      // Consecutive stars inside a segment are one star.
      if (out.at(-1)?.kind !== 'star') out.push({ kind: 'star' });
    } else if (c === '[') {
      const parsed = characterClass(text, i);
      if (parsed) {
        out.push(parsed.token);
        i = parsed.end;
      } else out.push({ kind: 'char', char: c });
    } else out.push({ kind: 'char', char: c });
  }
  return out;
}

/** `[…]` starting at `start`; undefined when it never closes (then `[` is literal). */
function characterClass(text: string, start: number): { token: Token; end: number } | undefined {
  let i = start + 1;
  const negated = text[i] === '!' || text[i] === '^';
  if (negated) i++;
  const ranges: Array<[string, string]> = [];
  for (let first = true; i < text.length; first = false) {
    if (text[i] === ']' && !first) return { token: { kind: 'class', negated, ranges }, end: i };
    const low = text[i] === '\\' && i + 1 < text.length ? text[++i]! : text[i]!;
    i++;
    if (text[i] === '-' && i + 1 < text.length && text[i + 1] !== ']') {
      const escaped = text[i + 1] === '\\' && i + 2 < text.length;
      i += escaped ? 2 : 1;
      const high = text[i]!;
      i++;
      ranges.push([low, high]);
    } else ranges.push([low, low]);
  }
  return undefined;
}

function tooMany(): TooManyPatterns {
  return new TooManyPatterns(`more than ${MAX_PATTERNS} glob patterns (after brace expansion); strata takes at most ${MAX_PATTERNS}`);
}

function tooLong(): TooManyPatterns {
  return new TooManyPatterns(`glob patterns of more than ${MAX_PATTERN_CHARACTERS} characters in all (after brace expansion); strata takes at most that`);
}

/**
 * `{a,b}c` → `ac`, `bc`; nested braces too. Once a pattern has MAX_ALTERNATIVES, the groups
 * left stay as written (literal). More alternatives than the budget has left, or more
 * characters (each pass's counted), is refused before any option of the group is made: a long
 * pattern with thousands of options is not copied once per option.
 */
function expandBraces(pattern: string, budget: { left: number; characters: number }): string[] {
  const done: string[] = [];
  const pending = [pattern];
  let characters = pattern.length;
  while (pending.length > 0) {
    const current = pending.pop()!;
    const group = innermostGroup(current);
    if (!group || done.length + pending.length >= MAX_ALTERNATIVES) {
      done.push(current);
      continue;
    }
    // Each option still to be expanded ends as one alternative at least.
    if (done.length + pending.length + group.options.length > budget.left) throw tooMany();
    const around = current.length - (group.end + 1 - group.start);
    characters += group.options.length * around + (group.end - group.start - 1);
    if (characters > budget.characters) throw tooLong();
    for (const option of group.options) pending.push(current.slice(0, group.start) + option + current.slice(group.end + 1));
  }
  return done;
}

function innermostGroup(text: string): { start: number; end: number; options: string[] } | undefined {
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '{') open = i;
    else if (text[i] === '}' && open >= 0) {
      const body = text.slice(open + 1, i);
      if (!body.includes(',')) return undefined;
      return { start: open, end: i, options: body.split(',') };
    }
  }
  return undefined;
}

/** Pattern segments against path segments; `**` takes any number of path segments. */
function matchSegments(pattern: Segment[], path: string[]): boolean {
  // reachable[j]: the pattern so far can end just before path segment j.
  let reachable = new Array<boolean>(path.length + 1).fill(false);
  reachable[0] = true;
  for (const segment of pattern) {
    const next = new Array<boolean>(path.length + 1).fill(false);
    if (segment === 'globstar') {
      let any = false;
      for (let j = 0; j <= path.length; j++) {
        any ||= reachable[j]!;
        next[j] = any;
      }
    } else {
      for (let j = 0; j < path.length; j++) if (reachable[j] && matchSegment(segment, path[j]!)) next[j + 1] = true;
    }
    reachable = next;
  }
  return reachable[path.length]!;
}

/** One segment: the wildcard walk that resumes from the last star only (pattern × name at worst). */
function matchSegment(pattern: Token[], name: string): boolean {
  let p = 0;
  let n = 0;
  let star = -1;
  let resume = 0;
  while (n < name.length) {
    const token = pattern[p];
    if (token && token.kind !== 'star' && matchesChar(token, name[n]!)) {
      p++;
      n++;
    } else if (token?.kind === 'star') {
      star = p++;
      resume = n;
    } else if (star >= 0) {
      p = star + 1;
      n = ++resume;
    } else return false;
  }
  while (pattern[p]?.kind === 'star') p++;
  return p === pattern.length;
}

function matchesChar(token: Exclude<Token, { kind: 'star' }>, c: string): boolean {
  if (token.kind === 'char') return token.char === c;
  if (token.kind === 'any') return true;
  const inside = token.ranges.some(([low, high]) => c >= low && c <= high);
  return inside !== token.negated;
}
