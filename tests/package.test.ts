/**
 * The published package: `npm pack` holds what `strata` needs to run, and the packed
 * bin runs from a fresh node_modules (its dependencies linked from this checkout, so the
 * test needs no network).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../src/data.js';

let dir: string;
let files: string[];
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'strata-pack-'));
  const out = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: packageRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const [packed] = JSON.parse(out) as Array<{ filename: string; files: Array<{ path: string }> }>;
  files = packed!.files.map((f) => f.path);
  const installed = join(dir, 'node_modules', 'strata-lint');
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['xzf', join(dir, packed!.filename), '-C', installed, '--strip-components=1']);
  const pkg = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  for (const dep of Object.keys(pkg.dependencies)) {
    mkdirSync(join(dir, 'node_modules', dep, '..'), { recursive: true });
    symlinkSync(join(packageRoot, 'node_modules', dep), join(dir, 'node_modules', dep));
  }
}, 60_000);
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('the npm package', () => {
  it('holds the built CLI, its data and docs, and no tests or fixtures', () => {
    for (const needed of ['dist/src/main.js', 'dist/data/catalog.json', 'dist/data/modules.json', 'dist/data/validators.cjs', 'rules/schemas/config.schema.json', 'rules/catalog/aws.yaml', 'README.md']) {
      expect(files).toContain(needed);
    }
    expect(files.some((f) => f.startsWith('tests/') || f.startsWith('fixtures/') || f.startsWith('dist/tests/'))).toBe(false);
  });

  it('runs its bin: strata --version and a scan', () => {
    const main = join(dir, 'node_modules', 'strata-lint', 'dist', 'src', 'main.js');
    const version = spawnSync(process.execPath, [main, '--version'], { encoding: 'utf8' });
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const project = join(dir, 'project');
    mkdirSync(project);
    writeFileSync(join(project, 'main.tf'), '# strata: needs=hardware reason="x"\nresource "docker_container" "c" {\n  image = "x"\n}\n');
    const result = spawnSync(process.execPath, [main, 'scan', '--format', 'json'], { cwd: project, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout).findings[0].ruleId).toBe('lighter-than-needed');
  });
});
