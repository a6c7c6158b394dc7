import { describe, expect, it } from 'vitest';
import { findDirective, needFromTags, parseDirective, type AnnotationContext } from '../src/annotations.js';
import type { Location } from '../src/model.js';
import { ruleIds } from '../rules/index.js';
import { Vocabulary } from '../src/vocabulary.js';

const context: AnnotationContext = { vocabulary: Vocabulary.builtIn(), ruleIds };
const here: Location = { file: 'x.tf', startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 };
const parse = (text: string) => parseDirective(text, here, context);

describe('findDirective', () => {
  it('finds a directive at the start of a comment, after blanks and decoration', () => {
    expect(findDirective(' strata: needs=os')).toEqual({ start: 1, end: 17 });
    expect(findDirective('* strata-ignore: x reason="y"  ')).toEqual({ start: 2, end: 29 });
    expect(findDirective(' see strata: docs')).toBeNull();
    expect(findDirective(' stratagem: no')).toBeNull();
  });

  it('finds a near miss too, but never prose that starts with the word', () => {
    for (const text of [
      ' Strata: needs=os',
      ' strata needs=os',
      ' stratum: needs=os',
      ' STRATA: default needs=os',
      ' strata-ignore heavier-than-needed reason="x"',
      ' strata_ignore: x',
    ]) {
      expect(findDirective(text), text).not.toBeNull();
    }
    for (const text of [' Strata: the layers of virtualization', ' strata of the system are', ' stratum 2 is the OS']) {
      expect(findDirective(text), text).toBeNull();
    }
  });

  it('stops a directive at the end of its line', () => {
    const text = ' strata: needs=os\n more prose';
    const span = findDirective(text)!;
    expect(text.slice(span.start, span.end)).toBe('strata: needs=os');
  });
});

describe('parseDirective', () => {
  it('reads a need by stratum number, name or intent, with its reason', () => {
    expect(parse('strata: needs=2 reason="kernel module"')).toMatchObject({ kind: 'need', stratum: 2, needs: '2', reason: 'kernel module' });
    expect(parse('strata: needs=hardware')).toMatchObject({ kind: 'need', stratum: 3, reason: undefined });
    expect(parse('strata: needs=web-service reason="API"')).toMatchObject({ kind: 'need', stratum: 1, needs: 'web-service' });
    expect(parse("strata: needs=custom-kernel reason='single quotes'")).toMatchObject({ stratum: 2, reason: 'single quotes' });
    expect(parse('strata:needs=os reason="no space after the colon"')).toMatchObject({ kind: 'need', stratum: 2 });
  });

  it('reads a file default', () => {
    expect(parse('strata: default needs=process reason="all containers"')).toMatchObject({ kind: 'default-need', stratum: 1 });
  });

  it('reads a suppression with rules, reason and until', () => {
    expect(parse('strata-ignore: heavier-than-needed,undeclared-need reason="moving" until=2027-01-31')).toMatchObject({
      kind: 'suppression',
      rules: ['heavier-than-needed', 'undeclared-need'],
      reason: 'moving',
      until: '2027-01-31',
    });
  });

  it.each([
    ['strata: needs=proces reason="x"', 'unknown stratum or intent "proces"; did you mean "process"?'],
    ['strata: needs=4', 'unknown stratum or intent "4"'],
    ['strata: reason="no need"', 'needs=<stratum|intent> is missing'],
    ['strata: needs=os reason="unclosed', 'has no closing "'],
    ['strata: needs=os because', 'unexpected "because"'],
    ['strata: needs=os colour=blue', 'unknown key "colour"'],
    ['strata: need=os reason="x"', 'unknown key "need"; did you mean "needs"?'],
    ['strata-ignore: heavier-than-needed', 'a suppression needs reason='],
    ['strata-ignore: no-such-rule reason="x"', 'unknown rule "no-such-rule"'],
    ['strata-ignore: heavier-then-needed reason="x"', 'unknown rule "heavier-then-needed"; did you mean "heavier-than-needed"?'],
    ['strata-ignore: heavier-than-needed reasons="x"', 'unknown key "reasons"; did you mean "reason"?'],
    ['Strata: needs=os', 'strata reads only "strata:", in lower case with a colon; did you mean "strata: needs=os"?'],
    ['strata needs=os reason="x"', 'did you mean "strata: needs=os reason="x""?'],
    ['stratum: needs=os', 'did you mean "strata: needs=os"?'],
    [
      'strata-ignore heavier-than-needed reason="x"',
      'strata reads only "strata-ignore:", in lower case with a colon; did you mean "strata-ignore: heavier-than-needed reason="x""?',
    ],
    ['Strata-Ignore: heavier-than-needed reason="x"', 'did you mean "strata-ignore: heavier-than-needed reason="x""?'],
    ['strata-ignore: reason="x"', 'name the rule(s) to ignore'],
    ['strata-ignore: heavier-than-needed reason="x" until=31/01/2027', 'is not a date'],
    ['strata-ignore: heavier-than-needed reason="x" until=2027-02-30', 'is not a date'],
  ])('rejects %j', (text, problem) => {
    const annotation = parse(text);
    expect(annotation.kind).toBe('invalid');
    expect(annotation.kind === 'invalid' && annotation.problem).toContain(problem);
  });
});

describe('needFromTags', () => {
  it.each(['strata:needs', 'strata-needs', 'strata_needs'])('reads a need from the %s key, with its reason', (key) => {
    const need = needFromTags(
      [
        { key, value: 'os', location: here },
        { key: key.replace('needs', 'reason'), value: 'patching cadence', location: here },
      ],
      'tag',
      context,
    );
    expect(need).toMatchObject({ kind: 'need', stratum: 2, reason: 'patching cadence', via: 'tag' });
  });

  it('is null without a need key, invalid with an unknown value', () => {
    expect(needFromTags([{ key: 'Name', value: 'web', location: here }], 'tag', context)).toBeNull();
    expect(needFromTags([{ key: 'strata:needs', value: 'vm', location: here }], 'tag', context)).toMatchObject({ kind: 'invalid' });
  });
});
