/** src/atomic.ts: a file replaced whole, written a chunk at a time. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeAtomically } from '../src/atomic.js';
import { UsageError } from '../src/discover.js';
import { emit } from '../src/output.js';

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

  it('writes a report given in pieces as they come', () => {
    dir = mkdtempSync(join(tmpdir(), 'strata-atomic-'));
    const target = join(dir, 'report.json');
    writeAtomically(target, ['{\n', '  "a": 1\n', '}\n']);
    expect(readFileSync(target, 'utf8')).toBe('{\n  "a": 1\n}\n');
  });
});

describe('a report that fails while it is made', () => {
  function* failing(): Generator<string> {
    yield `${'x'.repeat(3 << 20)}\n`;
    throw new Error('made wrong');
  }

  it("leaves the file it would replace as it was, no temporary file, and is strata's error, not a write failure", () => {
    dir = mkdtempSync(join(tmpdir(), 'strata-atomic-'));
    const target = join(dir, 'report.json');
    writeFileSync(target, 'old');
    let thrown: unknown;
    try {
      emit(failing(), 'report.json', { cwd: dir, stdout: () => undefined }, 'json');
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(Error);
    expect(thrown).not.toBeInstanceOf(UsageError);
    expect((thrown as Error).message).toBe('made wrong');
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('is a usage error naming the file when the file system refuses the write', () => {
    dir = mkdtempSync(join(tmpdir(), 'strata-atomic-'));
    expect(() => emit(['{}\n'], join('missing', 'report.json'), { cwd: dir, stdout: () => undefined }, 'json')).toThrow(new UsageError('Cannot write missing/report.json: ENOENT'));
  });
});
