/** src/atomic.ts: a file replaced whole, written a chunk at a time. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeAtomically } from '../src/atomic.js';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeAtomically', () => {
  it('writes a text of several chunks exactly, a surrogate pair across a chunk boundary included', () => {
    dir = mkdtempSync(join(tmpdir(), 'strata-atomic-'));
    const target = join(dir, 'report.sarif');
    writeFileSync(target, 'old');
    // A chunk is 2^20 characters: the pair's first half is the chunk's last character.
    const text = `${'a'.repeat((1 << 20) - 1)}𝔘${'é…'.repeat(600_000)}\n`;
    writeAtomically(target, text);
    expect(readFileSync(target, 'utf8')).toBe(text);
    expect(readdirSync(dir)).toEqual(['report.sarif']);
  });
});
