/**
 * bin/strata.mjs, the committed single-file bundle that git installs, pre-commit and the
 * action run: it is what the sources make now, it reports what the compiled CLI reports,
 * and nothing in package.json makes an install from git compile anything.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../src/data.js';

const node = (script: string, ...args: string[]) => spawnSync(process.execPath, [join(packageRoot, script), ...args], { cwd: packageRoot, encoding: 'utf8' });

describe('the committed bundle', () => {
  it('is what the sources make now (npm run bundle, then commit bin/strata.mjs)', () => {
    const check = node('dist/scripts/bundle.js', '--check');
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  it.each([['examples'], ['fixtures/terraform/tf-json'], ['fixtures/packer/legacy-json']])('reports what the compiled CLI reports (%s)', (dir) => {
    // JSON formats too: their parser's dependency must bundle, not only load from node_modules.
    const args = ['scan', dir, '--format', 'json', '--fail-on', 'none'];
    const bundled = node('bin/strata.mjs', ...args);
    expect(bundled.status, bundled.stderr).toBe(0);
    expect(bundled.stdout).toBe(node('dist/src/main.js', ...args).stdout);
  });

  it('is the package bin, and no install script makes a git install build it', () => {
    const pkg = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { bin: Record<string, string>; scripts: Record<string, string> };
    expect(pkg.bin).toEqual({ strata: 'bin/strata.mjs' });
    // npm installs a git dependency's dev dependencies and prepares it when any of these is there.
    for (const script of ['build', 'prepare', 'prepack', 'preinstall', 'install', 'postinstall']) expect(pkg.scripts[script], script).toBeUndefined();
  });
});
