/**
 * The JSON text every JSON report is written as: what JSON.stringify(value, null, 2) writes,
 * ASCII only, with a long list written item by item in place.
 */
import { describe, expect, it } from 'vitest';
import { jsonText } from '../src/formatters/json-text.js';

const log = (results: unknown[]) => ({
  version: '2.1.0',
  runs: [{ tool: { driver: { name: 'strata', rules: [{ id: 'a', help: { text: 'say "results": [] here' } }] } }, results, columnKind: 'utf16CodeUnits' }],
});
const results = [
  { ruleId: 'a', message: { text: 'one' }, locations: [{ line: 1 }] },
  { ruleId: 'b', message: { text: 'two' }, fixes: [] },
];

describe('jsonText', () => {
  it('is JSON.stringify(value, null, 2) and a newline, the spread list in its place', () => {
    expect(jsonText(log([]), { key: 'results', items: results })).toBe(`${JSON.stringify(log(results), null, 2)}\n`);
  });

  it('writes an empty spread list as []', () => {
    expect(jsonText(log([]), { key: 'results', items: [] })).toBe(`${JSON.stringify(log([]), null, 2)}\n`);
  });

  it('writes a top-level array item by item, as JSON.stringify would', () => {
    expect(jsonText(results)).toBe(`${JSON.stringify(results, null, 2)}\n`);
    expect(jsonText([])).toBe('[]\n');
  });

  it('escapes every character past ~, so the text is ASCII and reads back as the same value', () => {
    const value = { name: 'café — ☃ 𝔘 \u007f \u2028', items: ['…', '\ud800'] };
    const spread = ['naïve', { deep: ['日本'] }];
    const text = jsonText({ ...value, list: [] }, { key: 'list', items: spread });
    expect(text).toMatch(/^[\t\n\r\x20-\x7e]*$/);
    expect(JSON.parse(text)).toEqual({ ...value, list: spread });
    expect(text).toContain('caf\\u00e9 \\u2014 \\u2603 \\ud835\\udd18 \\u007f \\u2028');
  });

  it('refuses a spread whose key holds no empty array, rather than dropping the list', () => {
    expect(() => jsonText({ results: [1] }, { key: 'results', items: [2] })).toThrow(/no empty array/);
  });
});
