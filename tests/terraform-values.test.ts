/**
 * The fast path reads Terraform literals from the source; the reference path asks
 * hcl2json, HashiCorp's parser. On every Terraform fixture and the examples, the two must
 * give the same workloads, the same values and the same verdicts.
 */
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../src/data.js';
import { Unknown, type ScanReport, type Value } from '../src/model.js';
import { LiteralSyntaxError, literalValue } from '../src/hcl/literal.js';
import { scan } from '../src/scan.js';
import { fileProblems, fixtureCases } from './helpers.js';

function normal(value: Value): unknown {
  if (value instanceof Unknown) return value.reason.startsWith('comes from var.') ? value.reason : 'unknown';
  if (Array.isArray(value)) return value.map(normal);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, v]) => [k, normal(v)]),
    );
  return value;
}

function summary(report: ScanReport) {
  return {
    workloads: report.workloads.map((w) => ({
      address: w.address,
      technology: w.technology,
      possible: w.possibleStrata,
      need: w.need?.stratum ?? null,
      nested: w.nestedVirtualization,
      breaches: w.isolationBreaches.map((b) => b.reason),
      facts: w.facts.map((f) => [f.path, normal(f.value), f.location.startLine, f.location.startColumn]),
    })),
    findings: report.findings.map((f) => [f.ruleId, f.location.file, f.location.startLine, f.location.startColumn, f.level]),
    diagnostics: fileProblems(report).map((d) => [d.file, d.location?.startLine, d.location?.startColumn]),
  };
}

const trees = [...fixtureCases('terraform').map((c) => c.dir), join(packageRoot, 'examples')];

describe('Terraform values: source reading vs hcl2json', () => {
  it.each(trees.map((dir) => [relative(packageRoot, dir), dir] as const))('%s', async (_name, dir) => {
    const fast = await scan({ cwd: dir, paths: ['.'], today: '2026-06-01' });
    const reference = await scan({ cwd: dir, paths: ['.'], today: '2026-06-01', terraformValues: 'hcl2json' });
    expect(summary(fast)).toEqual(summary(reference));
  });
});

describe('literalValue', () => {
  const value = (expression: string) => literalValue(expression, 0, expression.length);
  it.each([
    ['"plain"', 'plain'],
    ['"esc\\"aped\\n\\u00e9"', 'esc"aped\né'],
    ['"$${literal} %%{x}"', '${literal} %{x}'],
    ['42', 42],
    ['-1.5e3', -1500],
    ['true', true],
    ['null', null],
    ['[1, "a", [true]]', [1, 'a', [true]]],
    ['{ a = 1, "b:c" = "d"\n  e: false }', { a: 1, 'b:c': 'd', e: false }],
    ['<<-EOT\n    one\n      two\n    EOT', 'one\n  two\n'],
  ])('%s is a literal', (expression, expected) => {
    expect(value(expression)).toEqual(expected);
  });

  it.each(['var.x', '"${var.x}"', 'local.y', 'upper("a")', '"a" == "b"', '1 + 2', 'true ? 1 : 2', '{ for k, v in m : k => v }', '<<EOT\n${x}\nEOT'])(
    '%s is unknown',
    (expression) => {
      expect(value(expression)).toBeInstanceOf(Unknown);
    },
  );

  it.each([
    ['"a\\q"', /^Invalid escape sequence "\\q"$/],
    ['"\\u12"', /takes 4 hex digits/],
    // Past U+10FFFF: String.fromCodePoint would throw a RangeError, which cost the file its parse.
    ['"\\UFFFFFFFF"', /takes 8 hex digits of a Unicode code point/],
  ])('%s is a located syntax error', (expression, message) => {
    expect(() => value(expression)).toThrow(message);
    try {
      value(expression);
    } catch (e) {
      expect(e).toBeInstanceOf(LiteralSyntaxError);
      expect((e as LiteralSyntaxError).offset).toBe(expression.indexOf('\\'));
    }
  });

  it('names the variable an expression comes from, written bare or as a template', () => {
    expect(value('var.size')).toEqual(new Unknown('comes from var.size, which strata does not resolve', 'var.size'));
    expect(value('"${ var.size }"')).toEqual(new Unknown('comes from var.size, which strata does not resolve', 'var.size'));
    expect(value('local.size')).toEqual(new Unknown('comes from local.size, which strata does not resolve', 'local.size'));
  });

  it('keeps the literal parts of a map whose other parts are expressions', () => {
    expect(normal(value('{\n  Name = var.name\n  "strata:needs" = "os"\n}'))).toEqual({ Name: 'comes from var.name, which strata does not resolve', 'strata:needs': 'os' });
  });
});
