/**
 * src/heap.ts: a scan big enough for V8 to double its young generation past 8 MB a half
 * (16 MB in all) leaves it there. Measured in a fresh process, whose heap no other test
 * has grown; without the cap, the same tree takes it to 32 MB.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../src/data.js';

const tree = mkdtempSync(join(tmpdir(), 'strata-heap-'));
afterAll(() => rmSync(tree, { recursive: true, force: true }));

/** 3,000 files of variables and resources: enough parse that survives for V8 to grow its young generation to the full 32 MB. */
function writeTree(): void {
  for (let i = 0; i < 3_000; i++) {
    const dir = join(tree, `stack-${i >> 4}`);
    mkdirSync(dir, { recursive: true });
    const blocks = Array.from(
      { length: 6 },
      (_, b) =>
        `variable "v${i}_${b}" {\n  default = { a = "x${b}", b = [1, 2, 3] }\n}\nresource "aws_s3_bucket" "r${i}_${b}" {\n  bucket = var.v${i}_${b}\n  tags = { Name = "n${b}" }\n}\n`,
    );
    writeFileSync(join(dir, `file-${i}.tf`), blocks.join('\n'));
  }
}

const probe = (dir: string) => `
import { getHeapSpaceStatistics } from 'node:v8';
const { scan } = await import(${JSON.stringify(pathToFileURL(join(packageRoot, 'dist', 'src', 'scan.js')).href)});
await scan({ cwd: ${JSON.stringify(dir)}, paths: ['.'], threads: 1 });
console.log(getHeapSpaceStatistics().find((space) => space.space_name === 'new_space').space_size);
`;

describe('the young generation while a big tree is parsed', () => {
  it('stays at 8 MB a half, 16 MB in all, at most', { timeout: 60_000 }, () => {
    writeTree();
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', probe(tree)], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(Number(run.stdout.trim())).toBeLessThanOrEqual(16 * 1024 * 1024);
  });
});
