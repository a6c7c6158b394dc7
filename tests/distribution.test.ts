/** action.yml and .pre-commit-hooks.yaml: valid, and naming commands that exist. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { packageRoot } from '../src/data.js';

const read = (file: string) => parse(readFileSync(join(packageRoot, file), 'utf8')) as Record<string, unknown>;
const pkg = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { bin: Record<string, string>; files: string[] };

describe('action.yml', () => {
  const action = read('action.yml') as { runs: { using: string; steps: Array<{ run?: string; uses?: string; with?: Record<string, string> }> }; inputs: Record<string, unknown> };
  it('is a composite action with the documented inputs', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs).sort()).toEqual(['args', 'baseline', 'category', 'config', 'exclude', 'fail-on', 'paths', 'upload-sarif', 'var-files']);
  });
  it('runs the committed bundle, with no compiler and no dev dependencies, with formats and flags that exist, and uploads the SARIF', () => {
    const script = action.runs.steps.map((s) => s.run ?? '').join('\n');
    expect(script).toContain('bin/strata.mjs');
    expect(pkg.bin.strata).toBe('bin/strata.mjs');
    expect(script).toContain('--omit=dev');
    expect(script).not.toMatch(/npm run|tsc/);
    for (const flag of ['--category', '--fail-on', '--format', '--config', '--baseline', '--var-file', '--exclude']) expect(script).toContain(flag);
    for (const format of ['sarif=', 'markdown=', '--format github']) expect(script).toContain(format);
    // Annotations only when the SARIF is not uploaded: code scanning would say each finding twice.
    expect(script).toMatch(/if \[ "\$STRATA_UPLOAD_SARIF" != "true" \]; then args\+=\(--format github\); fi/);
    expect(action.runs.steps.some((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))).toBe(true);
    // Inputs reach scripts through env, never through ${{ }} inside run: (no script injection).
    expect(script).not.toMatch(/\$\{\{\s*inputs\./);
  });
});

describe('.pre-commit-hooks.yaml', () => {
  const hooks = parse(readFileSync(join(packageRoot, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{ id: string; entry: string; language: string; files: string }>;
  it('defines the strata hook on the strata bin, for every file name strata reads', () => {
    expect(hooks.map((h) => h.id)).toEqual(['strata']);
    const [hook] = hooks;
    expect(hook!.entry.split(' ')[0]).toBe(Object.keys(pkg.bin)[0]);
    expect(hook!.language).toBe('node');
    const files = new RegExp(hook!.files);
    for (const name of [
      'main.tf',
      'x.tf.json',
      'terraform.tfvars',
      'prod.auto.tfvars',
      'compose.yaml',
      'deploy/docker-compose.override.yml',
      'Vagrantfile',
      'lab/Vagrantfile.local',
      'x.Vagrantfile',
    ]) {
      expect(files.test(name), name).toBe(true);
    }
    expect(files.test('README.md')).toBe(false);
  });
});
