/**
 * The JSON text every JSON report is written as: what JSON.stringify(value, null, 2) writes,
 * ASCII only, with a long list written item by item in place.
 */
import { describe, expect, it } from 'vitest';
import { jsonText } from '../src/formatters/json-text.js';
import { wholeText } from '../src/formatters/types.js';
import { guardedChunks, guardOutput } from '../src/text/escape.js';

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
    expect(wholeText(jsonText(log([]), { key: 'results', items: results }))).toBe(`${JSON.stringify(log(results), null, 2)}\n`);
  });

  it('writes an empty spread list as []', () => {
    expect(wholeText(jsonText(log([]), { key: 'results', items: [] }))).toBe(`${JSON.stringify(log([]), null, 2)}\n`);
  });

  it('writes a top-level array item by item, as JSON.stringify would', () => {
    expect(wholeText(jsonText(results))).toBe(`${JSON.stringify(results, null, 2)}\n`);
    expect(wholeText(jsonText([]))).toBe('[]\n');
  });

  it('escapes every character past ~, so the text is ASCII and reads back as the same value', () => {
    const value = { name: 'café — ☃ 𝔘 \u007f \u2028', items: ['…', '\ud800'] };
    const spread = ['naïve', { deep: ['日本'] }];
    const text = wholeText(jsonText({ ...value, list: [] }, { key: 'list', items: spread }));
    expect(text).toMatch(/^[\t\n\r\x20-\x7e]*$/);
    expect(JSON.parse(text)).toEqual({ ...value, list: spread });
    expect(text).toContain('caf\\u00e9 \\u2014 \\u2603 \\ud835\\udd18 \\u007f \\u2028');
  });

  it('refuses a spread whose key holds no empty array, rather than dropping the list', () => {
    expect(() => wholeText(jsonText({ results: [1] }, { key: 'results', items: [2] }))).toThrow(/no empty array/);
  });

  it('makes each item of the list only as the text reaches it, so the whole text never exists at once', () => {
    const made: number[] = [];
    const toJson = (n: number) => {
      made.push(n);
      return { n };
    };
    const pieces = jsonText({ results: [] }, { key: 'results', items: [1, 2, 3], toJson });
    expect(made).toEqual([]);
    const taken: string[] = [];
    for (const piece of pieces) {
      taken.push(piece);
      if (piece.includes('"n": 2')) expect(made).toEqual([1, 2]);
    }
    expect(made).toEqual([1, 2, 3]);
    expect(JSON.parse(taken.join(''))).toEqual({ results: [{ n: 1 }, { n: 2 }, { n: 3 }] });
  });
});

describe('guardedChunks', () => {
  // Lines that the guard changes, in pieces cut anywhere (a command's `::` and `##[` split across pieces), past several chunks.
  const lines = Array.from({ length: 200_000 }, (_, i) => ['  ::error::x', 'a ##[group] b', 'lone\rreturn', '\u0085::warning', `"${'x'.repeat(i % 50)}\u2028"`, ''][i % 6]!);
  const whole = `${lines.join('\n')}\n::end`;
  const pieces = Array.from({ length: Math.ceil(whole.length / 7) }, (_, i) => whole.slice(i * 7, i * 7 + 7));

  it.each(['json', 'text', 'markdown', 'html', 'xml', 'github'] as const)('guards a report in pieces, chunk by chunk, exactly as it guards it whole (%s)', (channel) => {
    const chunks = [...guardedChunks(pieces, channel)];
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks.slice(0, -1)) expect(chunk.endsWith('\n')).toBe(true);
    expect(chunks.join('')).toBe(guardOutput(whole, channel));
  });

  it('joins a line longer than a chunk a few times, not once per piece (a 4 MB line in 10-character pieces)', () => {
    const pieces = Array.from({ length: 400_000 }, (_, i) => (i === 200_000 ? '::x\n::y' : 'x'.repeat(10)));
    const chunks = [...guardedChunks(pieces, 'json')];
    expect(chunks.join('')).toBe(guardOutput(pieces.join(''), 'json'));
  });
});
