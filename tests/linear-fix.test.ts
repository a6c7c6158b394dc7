/**
 * Fix planning costs linear time in the changes and lines it plans (an outside attack found it
 * quadratic: `strata annotate` on 120,000 resources took five minutes). The hostile file lies
 * beside a good one, whose planned fixes must be exactly what they are alone.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT_OK, run } from '../src/cli.js';
import { fixturesDir } from './helpers.js';

/** A repository: `good/` (the rules showcase) and `bad/` (the case). */
function repository(build: (bad: string) => void): string {
  const root = mkdtempSync(join(tmpdir(), 'strata-linear-fix-'));
  cpSync(join(fixturesDir, 'terraform', 'rules-showcase', 'main.tf'), join(root, 'good', 'main.tf'), { recursive: true });
  mkdirSync(join(root, 'bad'));
  build(join(root, 'bad'));
  return root;
}

async function cli(cwd: string, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), colorByDefault: false });
  return { code, stdout, stderr };
}

/** A unified diff cut into each file's part, by the path its `--- a/` line names. */
function diffByFile(diff: string): Map<string, string> {
  const parts = new Map<string, string>();
  for (const part of diff.split(/^(?=--- a\/)/m)) {
    const path = /^--- a\/(.*)\n/.exec(part)?.[1];
    if (path !== undefined) parts.set(path, part);
  }
  return parts;
}

describe('fix planning in linear time', () => {
  it('annotate --dry-run on 80,000 resources plans one annotation each within the suite time-out, and the good file’s as it is alone', async () => {
    const resources = 80_000;
    const root = repository((bad) => writeFileSync(join(bad, 'main.tf'), `${Array.from({ length: resources }, (_, i) => `resource "aws_instance" "r${i}" {}`).join('\n')}\n`));
    try {
      const alone = await cli(join(root, 'good'), 'annotate', '--dry-run', '.');
      const together = await cli(root, 'annotate', '--dry-run', 'good', 'bad');
      expect(together.code).toBe(EXIT_OK);
      const good = diffByFile(alone.stdout).get('main.tf');
      expect(good).toBeDefined();
      const parts = diffByFile(together.stdout);
      expect(parts.get('good/main.tf')).toBe(good!.replaceAll(/^(---|\+\+\+) ([ab])\/main\.tf$/gm, '$1 $2/good/main.tf'));
      const added = parts
        .get('bad/main.tf')!
        .split('\n')
        .filter((line) => line.startsWith('+') && !line.startsWith('+++'));
      expect(added).toHaveLength(resources);
      expect(new Set(added)).toEqual(new Set([added[0]]));
      expect(added[0]).toMatch(/^\+# strata: needs=\S+ reason="/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('scan --fix takes 40,000 unused rules out of one strata-ignore in one pass (18 s for 20,000 before), and fixes the good file as it does alone', async () => {
    const rules = ['heavier-than-needed', 'isolation-breach', 'nested-virtualization'];
    const names = Array.from({ length: 40_000 }, (_, i) => rules[i % rules.length]).join(', ');
    // The first word stays: the rule it names is used, so the directive is rewritten word by word.
    const bad = `# strata-ignore: undeclared-need, ${names} reason="old"\nresource "aws_instance" "a" {\n  instance_type = "t3.small"\n}\n`;
    const root = repository((dir) => writeFileSync(join(dir, 'main.tf'), bad));
    const alone = repository(() => undefined);
    try {
      expect((await cli(root, 'scan', '--fix', '--fail-on', 'none', 'good', 'bad')).code).toBe(EXIT_OK);
      expect((await cli(alone, 'scan', '--fix', '--fail-on', 'none', 'good')).code).toBe(EXIT_OK);
      expect(readFileSync(join(root, 'good', 'main.tf'), 'utf8')).toBe(readFileSync(join(alone, 'good', 'main.tf'), 'utf8'));
      expect(readFileSync(join(root, 'bad', 'main.tf'), 'utf8')).toBe(
        '# strata-ignore: undeclared-need reason="old"\nresource "aws_instance" "a" {\n  instance_type = "t3.small"\n}\n',
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
      rmSync(alone, { recursive: true, force: true });
    }
  });
});
