/** The hcl2json bridge (--strict-hcl): a parser that stops answering costs a bounded wait, once. */
import { describe, expect, it } from 'vitest';
import { parseWithin, Timeout } from '../src/parsers/terraform/hcl2json.js';

describe('parseWithin', () => {
  it('gives up on a parse that does not answer in time, and fails at once after that', async () => {
    const hanging = { parse: () => new Promise<Record<string, unknown>>(() => {}) };
    const started = performance.now();
    await expect(parseWithin(hanging, 'x = 1', 50)).rejects.toBeInstanceOf(Timeout);
    expect(performance.now() - started).toBeLessThan(2000);
    const answering = { parse: async () => ({}) };
    await expect(parseWithin(answering, 'x = 1', 50)).rejects.toBeInstanceOf(Timeout);
  });
});
