/** Config and catalog globs, matched without regular expressions (src/glob.ts). */
import { describe, expect, it } from 'vitest';
import { globBase, globMatcher, patternBudget, TooManyPatterns, wildcardMatcher } from '../src/glob.js';

describe('globMatcher', () => {
  it.each([
    ['*.tf', 'main.tf', true],
    ['*.tf', 'dir/main.tf', false],
    ['**/*.tf', 'a/b/main.tf', true],
    ['**/*.tf', 'main.tf', true],
    ['envs/**', 'envs/ci/x.tf', true],
    ['envs/**', 'other/x.tf', false],
    ['m?in.tf', 'main.tf', true],
    ['[mn]ain.tf', 'nain.tf', true],
    ['[!m]ain.tf', 'main.tf', false],
    ['[a-c]x', 'bx', true],
    ['{a,b}/*.yml', 'b/c.yml', true],
    ['{a,{b,c}}.tf', 'c.tf', true],
    ['\\*.tf', '*.tf', true],
    ['\\*.tf', 'x.tf', false],
    ['.hidden/*', '.hidden/x', true],
  ])('%s against %s: %s', (pattern, path, expected) => {
    expect(globMatcher([pattern])(path)).toBe(expected);
  });

  it('matches a backtracking bomb against a long name without backtracking', () => {
    // A regex engine takes hours on this; the wildcard walk is pattern × name.
    expect(globMatcher(['a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b'])('a'.repeat(4000))).toBe(false);
  });

  it('refuses more patterns than its budget, braces expanded, across one config', () => {
    const budget = patternBudget();
    const eightGroups = (i: number) => `${'{a,b}'.repeat(8)}${i}`; // 256 alternatives each
    expect(() => globMatcher([0, 1, 2].map(eightGroups), budget)).not.toThrow();
    expect(() => globMatcher([3, 4].map(eightGroups), budget)).toThrow(TooManyPatterns);
  });

  it('refuses a group of more options than the budget before it makes one (40,000 options before a 40,000-character tail took 22 s and 1.7 GB)', () => {
    const pattern = `{${'a,'.repeat(40_000)}a}${'b'.repeat(40_000)}`;
    expect(() => globMatcher([pattern])).toThrow(/^more than 1000 glob patterns \(after brace expansion\); strata takes at most 1000$/);
  });

  it('refuses patterns of more than 16 KB in all across one config (1,000 of 240 characters took 167 ms per file matched)', () => {
    const budget = patternBudget();
    const long = (i: number) => `*${'a'.repeat(240)}b${i}`;
    expect(() =>
      globMatcher(
        Array.from({ length: 60 }, (_, i) => long(i)),
        budget,
      ),
    ).not.toThrow();
    expect(() =>
      globMatcher(
        Array.from({ length: 10 }, (_, i) => long(60 + i)),
        budget,
      ),
    ).toThrow(/^glob patterns of more than 16384 characters in all/);
  });

  it('refuses braces whose expansion would pass that before it makes an option, and expands one within it', () => {
    const options = (tail: number) => `{${'a,'.repeat(9)}a}${'b'.repeat(tail)}`;
    expect(() => globMatcher([options(2_000)])).toThrow(/^glob patterns of more than 16384 characters in all/);
    const matches = globMatcher([options(1_000)]);
    expect(matches(`a${'b'.repeat(1_000)}`)).toBe(true);
    expect(matches(`c${'b'.repeat(1_000)}`)).toBe(false);
  });
});

describe('wildcardMatcher', () => {
  it('treats only * and ? as special, and * crosses slashes', () => {
    expect(wildcardMatcher('*.metal')('m5.metal')).toBe(true);
    expect(wildcardMatcher('quay.io/*')('quay.io/a/b')).toBe(true);
    expect(wildcardMatcher('[a]')('[a]')).toBe(true);
    expect(wildcardMatcher('a?c')('abc')).toBe(true);
    expect(wildcardMatcher('a*a*a*a*a*a*a*a*a*b')('a'.repeat(4000))).toBe(false);
  });
});

describe('globBase', () => {
  it('is the static directories before the first wildcard', () => {
    expect(globBase('infra/*/main.tf')).toBe('infra');
    expect(globBase('{good,..}/*')).toBe('.');
    expect(globBase('a/b/c.tf')).toBe('a/b/c.tf');
  });
});
