/**
 * The command lowers the priority of the helper threads Node started (V8's compiler and
 * collector), never the main thread's: on Linux, where nice values are per thread.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../src/data.js';

/** Each thread's nice value in a fresh Node process, before and after the call: the 19th field of /proc's stat, after the name in parentheses. */
const probe = `
import { readdirSync, readFileSync } from 'node:fs';
import { helperThreadsGiveWay } from ${JSON.stringify(pathToFileURL(join(packageRoot, 'dist', 'src', 'priority.js')).href)};
const nices = () => Object.fromEntries(readdirSync('/proc/self/task').map((id) => {
  const stat = readFileSync('/proc/self/task/' + id + '/stat', 'utf8');
  return [id, Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16])];
}));
const before = nices();
helperThreadsGiveWay();
console.log(JSON.stringify({ main: String(process.pid), before, after: nices() }));
`;

describe.runIf(process.platform === 'linux')('the helper threads of the command', () => {
  it('run at the lowest priority, and the main thread at the one it had', () => {
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const { main, before, after } = JSON.parse(run.stdout) as { main: string; before: Record<string, number>; after: Record<string, number> };
    const helpers = Object.keys(before).filter((id) => id !== main);
    expect(helpers.length).toBeGreaterThan(0);
    expect(after[main]).toBe(before[main]);
    for (const id of helpers) expect(after[id]).toBe(19);
  });
});
