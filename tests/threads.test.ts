/**
 * Reading and parsing on worker threads changes how fast a report comes, never what it says:
 * the compiled CLI and the bundle both answer byte for byte the same with workers as on one
 * thread, over every format's fixtures (the hostile ones too), and a parse crossing threads
 * keeps what the single thread had (unknown values, lazily read values, shared objects).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../src/data.js';
import { Unknown } from '../src/model.js';
import { scan } from '../src/scan.js';
import { AUTO_THREADS_FROM, threadsFor } from '../src/threads/pool.js';
import { arrived, transferable } from '../src/threads/transfer.js';

const TREES = ['fixtures', 'examples'];

const strata = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(packageRoot, script), ...args], { cwd: packageRoot, encoding: 'utf8', env: { ...process.env, SOURCE_DATE_EPOCH: '1767225600' } });

const FORMATS = ['sarif', 'json', 'text', 'html'];

/** A scan of the trees on `threads` threads, every format written to a file: what each holds, and what stderr said. */
function reports(script: string, threads: number): { outputs: Record<string, string>; stderr: string; status: number | null } {
  const dir = mkdtempSync(join(tmpdir(), 'strata-threads-'));
  try {
    const run = strata(script, 'scan', ...TREES, ...FORMATS.flatMap((f) => ['--format', `${f}=${join(dir, f)}`]), '--fail-on', 'none', '--threads', String(threads), '--debug');
    const outputs = Object.fromEntries(FORMATS.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
    // --debug's timings differ from run to run; the rest of stderr must not.
    const stderr = run.stderr.replace(/^strata: debug: .*\n/gm, '');
    return { outputs, stderr: `${stderr}${/worker thread/.test(run.stderr) ? 'workers answered' : ''}`, status: run.status };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe.each(['dist/src/main.js', 'bin/strata.mjs'])('%s with --threads', (script) => {
  it('reports the same on three threads as on one, byte for byte, in every format; the workers really answered', { timeout: 120_000 }, () => {
    const one = reports(script, 1);
    const three = reports(script, 3);
    expect(one.status, one.stderr).toBe(0);
    expect(one.outputs.json!.length).toBeGreaterThan(10_000);
    for (const format of FORMATS) expect(three.outputs[format], format).toBe(one.outputs[format]);
    expect(one.stderr).not.toContain('workers answered');
    expect(three.stderr).toBe(`${one.stderr}workers answered`);
    expect(three.status).toBe(one.status);
  });

  it('takes the thread count from STRATA_THREADS, and refuses one that is no count', { timeout: 60_000 }, () => {
    const run = (value: string) =>
      spawnSync(process.execPath, [join(packageRoot, script), 'scan', 'examples', '--format', 'json', '--fail-on', 'none', '--debug'], {
        cwd: packageRoot,
        encoding: 'utf8',
        env: { ...process.env, STRATA_THREADS: value },
      });
    expect(run('2').stderr).toMatch(/worker thread\(s\) read and parsed/);
    const bad = run('many');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('STRATA_THREADS takes a whole number of 1 or more, not "many"');
  });
});

describe('the number of threads a scan uses by default', () => {
  const big = AUTO_THREADS_FROM;
  it('is one below the size that pays for workers, whatever the cores', () => {
    expect(threadsFor(big - 1, undefined, 16, 0)).toBe(1);
  });
  it('is one on a machine with fewer than three idle cores: two workers there cost more wall time than the main thread alone', () => {
    expect(threadsFor(big, undefined, 2, 0)).toBe(1);
    expect(threadsFor(big, undefined, 4, 2)).toBe(1);
  });
  it('is a worker per idle core but one, at most four', () => {
    expect(threadsFor(big, undefined, 3, 0)).toBe(2);
    expect(threadsFor(big, undefined, 8, 2.4)).toBe(4);
    expect(threadsFor(big, undefined, 64, 0)).toBe(4);
  });
  it('is what was asked when asked, at least one', () => {
    expect(threadsFor(10, 3, 2, 2)).toBe(3);
    expect(threadsFor(big, 0, 16, 0)).toBe(1);
  });
});

describe('a scan asked for threads that cannot start them', () => {
  it('parses every file on its own thread: the same report (run from the sources, there is no worker module)', { timeout: 60_000 }, async () => {
    const options = { cwd: packageRoot, paths: TREES, today: '2026-01-01' };
    const one = await scan({ ...options, threads: 1 });
    const asked = await scan({ ...options, threads: 4 });
    expect(asked.findings.length).toBeGreaterThan(0);
    expect(JSON.stringify({ ...asked, sources: [...asked.sources] })).toBe(JSON.stringify({ ...one, sources: [...one.sources] }));
  });
});

describe('a parse crossing threads', () => {
  it('keeps unknown values unknown, reads lazy values, and keeps shared objects shared', () => {
    const unknown = new Unknown('is a reference', 'var.x');
    const shared = { kind: 'need', location: { file: 'a.tf', startLine: 1 } };
    let late: Unknown | undefined;
    const parsed = {
      facts: [
        { path: 'a', value: unknown },
        { path: 'b', value: [unknown, { nested: new Unknown('is computed') }] },
      ],
      byName: new Map([['x', { value: unknown }]]),
      // A lazily read value, as parsers write them: read on first use, the same value after.
      lazy: {
        get value() {
          late ??= new Unknown('is read late');
          return late;
        },
      },
      annotations: [shared],
      fileAnnotations: [shared],
      skip: () => 1,
    };
    // structuredClone is what postMessage does to the message.
    const delivered = arrived(structuredClone(transferable(parsed)));
    expect(delivered.facts[0]!.value).toBeInstanceOf(Unknown);
    expect(delivered.facts[0]!.value).toEqual(unknown);
    expect(delivered.facts[1]!.value).toEqual([unknown, { nested: new Unknown('is computed') }]);
    expect((delivered.facts[1]!.value as unknown[])[0]).toBe(delivered.facts[0]!.value);
    expect(delivered.byName.get('x')!.value).toBe(delivered.facts[0]!.value);
    expect(delivered.lazy.value).toBeInstanceOf(Unknown);
    expect(delivered.lazy.value).toStrictEqual(new Unknown('is read late'));
    expect((delivered.facts[1]!.value as Array<{ nested: unknown }>)[1]!.nested).toBeInstanceOf(Unknown);
    expect(delivered.annotations[0]).toBe(delivered.fileAnnotations[0]);
    expect(delivered.skip).toBeUndefined();
  });

  it('sends a class instance as what it shows: its fields and its getters, never its private state', () => {
    class Lazy {
      readonly #source = 'the whole text of the file';
      #reads = 0;
      readonly name = 'x';
      get value() {
        this.#reads++;
        return new Unknown(`is read from ${this.#source.length} characters`);
      }
      get reads() {
        return this.#reads;
      }
    }
    const lazy = new Lazy();
    const delivered = arrived(structuredClone(transferable({ inputs: new Map([['a', lazy]]), same: lazy })));
    const input = delivered.inputs.get('a') as unknown as Record<string, unknown>;
    expect(Object.keys(input).sort()).toEqual(['name', 'reads', 'value']);
    expect(input.value).toBeInstanceOf(Unknown);
    expect(input.value).toEqual(new Unknown('is read from 26 characters'));
    expect(input.name).toBe('x');
    expect(delivered.same).toBe(input);
  });
});
