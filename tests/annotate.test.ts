/**
 * `strata annotate` and `strata scan --fix`: golden trees in, golden trees out, byte for byte
 * (fixtures/annotate/<format>/<case>/input → expected/; the cases under fix/ run `scan --fix`).
 * Each case also checks that a second run changes nothing, that `--dry-run` changes nothing
 * and prints a diff that `git apply` turns into the expected tree, and that the SARIF fixes,
 * applied as a viewer would, give the same tree.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type * as Sarif from 'sarif';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { isPlaceholderReason } from '../src/annotations.js';
import { EXIT_ERROR, EXIT_OK, run } from '../src/cli.js';
import { packageRoot } from '../src/data.js';
import { carryOut } from '../src/fix/outcome.js';
import { formatSarif } from '../src/formatters/sarif.js';
import { wholeText } from '../src/formatters/types.js';
import type { FixIntent } from '../src/model.js';
import { FORMATS } from '../src/parsers/registry.js';
import { scan } from '../src/scan.js';
import { splitLines } from '../src/fix/lines.js';

const annotateFixtures = join(packageRoot, 'fixtures', 'annotate');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'strata-annotate-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function strata(cwd: string, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), colorByDefault: false });
  return { code, stdout, stderr };
}

/** Every file of a tree, by its path inside it, as bytes. */
function tree(root: string): Record<string, Buffer> {
  const files: Record<string, Buffer> = {};
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else files[relative(root, path).split('\\').join('/')] = readFileSync(path);
    }
  };
  walk(root);
  return files;
}

function copyOf(from: string, name: string): string {
  const to = join(dir, name);
  cpSync(from, to, { recursive: true });
  return to;
}

describe('annotate fixtures', () => {
  // A new format declares its `lineComment` (or, holding no comments, declares none) and shows where annotations go.
  it.each(FORMATS.map((f) => f.id))('cover the %s format', (format) => {
    expect(readdirSync(join(annotateFixtures, format)).length).toBeGreaterThan(0);
  });
});

const cases = readdirSync(annotateFixtures).flatMap((group) =>
  readdirSync(join(annotateFixtures, group)).map((name) => ({ group, name, dir: join(annotateFixtures, group, name) })),
);

describe.each(cases)('$group/$name', ({ group, dir: fixture }) => {
  const fixing = group === 'fix';
  const command = fixing ? ['scan', '--fix', '--fail-on', 'none', '.'] : ['annotate', '.'];
  const kinds: Array<FixIntent['kind']> = fixing ? ['declare-need', 'remove-suppression'] : ['declare-need'];
  const input = join(fixture, 'input');
  const expected = tree(join(fixture, 'expected'));

  it('writes the expected files, byte for byte, and a second run changes nothing', async () => {
    const work = copyOf(input, 'work');
    expect((await strata(work, ...command)).code).toBe(EXIT_OK);
    expect(tree(work)).toEqual(expected);
    const again = await strata(work, ...command);
    expect(again.stderr).toContain('wrote 0 annotation(s) in 0 file(s)');
    expect(tree(work)).toEqual(expected);
  });

  // `scan --fix` has no dry run: the annotate cases only.
  if (!fixing) {
    it('--dry-run changes nothing and prints the expected diff', async () => {
      const work = copyOf(input, 'work');
      const { code, stdout } = await strata(work, 'annotate', '--dry-run', '.');
      expect(code).toBe(EXIT_OK);
      expect(tree(work)).toEqual(tree(input));
      expect(stdout).toBe(readFileSync(join(fixture, 'expected.diff'), 'utf8'));
    });
  }

  it('the diff of the fixes turns the files into the expected ones with git apply', async () => {
    const work = copyOf(input, 'work');
    const report = await scan({ cwd: work, paths: ['.'], fixes: { kinds } });
    // A byte order mark is shown escaped (it is invisible): put back, the diff applies.
    const diff = carryOut(report.fixes!, true).diff!.replaceAll('\\ufeff', '\uFEFF');
    execFileSync('git', ['apply', '--whitespace=nowarn', '-'], { cwd: work, input: diff });
    expect(tree(work)).toEqual(expected);
  });

  it("SARIF's fixes, applied as a viewer applies them, give the same files", async () => {
    const work = copyOf(input, 'work');
    const report = await scan({ cwd: work, paths: ['.'], fixes: { kinds } });
    const log = JSON.parse(wholeText(formatSarif(report, { rules, color: false, toolVersion: '0.0.0-test' }))) as Sarif.Log;
    applySarifFixes(work, log);
    expect(tree(work)).toEqual(expected);
  });
});

/** Applies every result's fixes to the files (one edit made twice, for workloads sharing a line, counts once). */
function applySarifFixes(root: string, log: Sarif.Log): void {
  const byFile = new Map<string, Map<string, Sarif.Replacement>>();
  for (const result of log.runs[0]!.results ?? []) {
    for (const fix of result.fixes ?? []) {
      for (const change of fix.artifactChanges) {
        const file = decodeURIComponent(change.artifactLocation.uri!);
        const edits = byFile.get(file) ?? new Map<string, Sarif.Replacement>();
        for (const r of change.replacements) edits.set(JSON.stringify(r), r);
        byFile.set(file, edits);
      }
    }
  }
  for (const [file, edits] of byFile) {
    const path = join(root, file);
    let text = readFileSync(path, 'utf8');
    const lines = splitLines(text);
    const offset = (line: number, column: number) => lines.slice(0, line - 1).reduce((n, l) => n + l.length, 0) + column - 1;
    const ordered = [...edits.values()].sort(
      (a, b) => offset(b.deletedRegion.startLine!, b.deletedRegion.startColumn!) - offset(a.deletedRegion.startLine!, a.deletedRegion.startColumn!),
    );
    for (const { deletedRegion: r, insertedContent } of ordered) {
      text = text.slice(0, offset(r.startLine!, r.startColumn!)) + (insertedContent?.text ?? '') + text.slice(offset(r.endLine!, r.endColumn!));
    }
    writeFileSync(path, text);
  }
}

describe('strata annotate on the examples', () => {
  it('leaves no undeclared need, and one placeholder reason to explain per annotation written', async () => {
    const work = copyOf(join(packageRoot, 'examples'), 'examples');
    const findings = async () => (await scan({ cwd: work, paths: ['.'] })).findings;
    const undeclared = (await findings()).filter((f) => f.ruleId === 'undeclared-need').map((f) => f.address);
    expect(undeclared.length).toBeGreaterThan(0);
    const { stderr } = await strata(work, 'annotate', '.');
    expect(stderr).toContain(`wrote ${undeclared.length} annotation(s)`);
    const after = await findings();
    expect(after.filter((f) => f.ruleId === 'undeclared-need')).toEqual([]);
    const placeholders = after.filter((f) => f.ruleId === 'unexplained-need' && f.message.includes('placeholder'));
    expect(placeholders.map((f) => f.address).sort()).toEqual([...undeclared].sort());
  });
});

const UNDECLARED = 'resource "aws_instance" "api" {\n  instance_type = "t3.small"\n}\n';

describe('strata annotate', () => {
  it('--needs writes the stratum or intent given, and refuses a word strata does not know, suggesting the nearest', async () => {
    writeFileSync(join(dir, 'main.tf'), UNDECLARED);
    const typo = await strata(dir, 'annotate', '--needs', 'hardwear', '.');
    expect(typo.code).toBe(EXIT_ERROR);
    expect(typo.stderr).toContain('did you mean "hardware"?');
    expect((await strata(dir, 'annotate', '--needs', 'batch-job', '.')).code).toBe(EXIT_OK);
    expect(readFileSync(join(dir, 'main.tf'), 'utf8')).toBe(`# strata: needs=batch-job reason="TODO: why"\n${UNDECLARED}`);
  });

  it('-o takes the --dry-run diff; without --dry-run it is a usage error, and nothing is written', async () => {
    writeFileSync(join(dir, 'main.tf'), UNDECLARED);
    const refused = await strata(dir, 'annotate', '-o', 'fixes.diff', '.');
    expect(refused.code).toBe(EXIT_ERROR);
    expect(refused.stderr).toContain('-o takes the --dry-run diff');
    expect(readFileSync(join(dir, 'main.tf'), 'utf8')).toBe(UNDECLARED);
    expect((await strata(dir, 'annotate', '--dry-run', '-o', 'fixes.diff', '.')).code).toBe(EXIT_OK);
    expect(readFileSync(join(dir, 'fixes.diff'), 'utf8')).toContain('+# strata: needs=os reason="TODO: why"');
  });

  it('judges a file named alone in its context, and writes only the files named', async () => {
    const work = copyOf(join(packageRoot, 'fixtures', 'terraform', 'module-need'), 'module-need');
    const before = tree(work);
    // The module call in main.tf declares the need: a file of the module named alone has nothing to annotate.
    expect((await strata(work, 'annotate', 'modules/app/main.tf')).stderr).toContain('wrote 0 annotation(s) in 0 file(s)');
    writeFileSync(join(work, 'other.tf'), UNDECLARED.replace('"api"', '"other"'));
    writeFileSync(join(work, 'named.tf'), UNDECLARED);
    expect((await strata(work, 'scan', '--fix', '--fail-on', 'none', 'named.tf')).stderr).toContain('wrote 1 annotation(s) in 1 file(s)');
    expect(tree(work)).toEqual({
      ...before,
      'other.tf': Buffer.from(UNDECLARED.replace('"api"', '"other"')),
      'named.tf': Buffer.from(`# strata: needs=os reason="TODO: why"\n${UNDECLARED}`),
    });
  });

  it('keeps the file mode', async () => {
    writeFileSync(join(dir, 'main.tf'), UNDECLARED);
    chmodSync(join(dir, 'main.tf'), 0o640);
    await strata(dir, 'annotate', '.');
    expect(statSync(join(dir, 'main.tf')).mode & 0o777).toBe(0o640);
  });

  it('leaves a read-only file as it is, with a note, and annotates the file beside it', async () => {
    writeFileSync(join(dir, 'locked.tf'), UNDECLARED);
    writeFileSync(join(dir, 'main.tf'), UNDECLARED);
    chmodSync(join(dir, 'locked.tf'), 0o444);
    const { stderr } = await strata(dir, 'annotate', '.');
    expect(stderr).toContain('locked.tf: Not fixed: the file is read-only');
    expect(readFileSync(join(dir, 'locked.tf'), 'utf8')).toBe(UNDECLARED);
    expect(readFileSync(join(dir, 'main.tf'), 'utf8')).toBe(`# strata: needs=os reason="TODO: why"\n${UNDECLARED}`);
  });

  // Only root can give a file to another owner: run in a container as root, strata left the checkout's files root's.
  it.skipIf(process.getuid?.() !== 0)("keeps the file owner, run as root on a checkout that is not root's", async () => {
    writeFileSync(join(dir, 'main.tf'), UNDECLARED);
    chownSync(join(dir, 'main.tf'), 1234, 5678);
    await strata(dir, 'annotate', '.');
    expect(readFileSync(join(dir, 'main.tf'), 'utf8')).toBe(`# strata: needs=os reason="TODO: why"\n${UNDECLARED}`);
    expect([statSync(join(dir, 'main.tf')).uid, statSync(join(dir, 'main.tf')).gid]).toEqual([1234, 5678]);
  });

  it('leaves a file that changed since it was read alone, with a note', async () => {
    writeFileSync(join(dir, 'main.tf'), UNDECLARED);
    const report = await scan({ cwd: dir, paths: ['.'], fixes: { kinds: ['declare-need'] } });
    writeFileSync(join(dir, 'main.tf'), `${UNDECLARED}\n`);
    const outcome = carryOut(report.fixes!, false);
    expect(outcome.failed).toBe(1);
    expect(outcome.notes.map((n) => n.message)).toEqual(['Not fixed: the file changed since strata read it; run again']);
    expect(readFileSync(join(dir, 'main.tf'), 'utf8')).toBe(`${UNDECLARED}\n`);
  });

  it('never writes through a symbolic link, and still writes the good file beside it', async () => {
    writeFileSync(join(dir, 'real.tf'), UNDECLARED.replace('"api"', '"real"'));
    symlinkSync('real.tf', join(dir, 'link.tf'));
    writeFileSync(join(dir, 'good.tf'), UNDECLARED);
    const report = await scan({ cwd: dir, paths: ['link.tf', 'good.tf'], fixes: { kinds: ['declare-need'] } });
    expect(report.fixes!.files.map((f) => f.file.path)).toEqual(['good.tf', 'link.tf']);
    const outcome = carryOut(report.fixes!, false);
    expect(outcome.notes.map((n) => [n.file, n.message])).toEqual([['link.tf', 'Not fixed: it is a symbolic link, and strata never writes through one']]);
    expect(readFileSync(join(dir, 'real.tf'), 'utf8')).toBe(UNDECLARED.replace('"api"', '"real"'));
    expect(readFileSync(join(dir, 'good.tf'), 'utf8')).toBe(`# strata: needs=os reason="TODO: why"\n${UNDECLARED}`);
  });

  it('never writes through a symbolic link named on the command line: a scanned directory that leads out of the tree', async () => {
    const repo = join(dir, 'repo');
    const outside = join(dir, 'outside');
    mkdirSync(repo);
    mkdirSync(outside);
    writeFileSync(join(outside, 'main.tf'), UNDECLARED);
    writeFileSync(join(repo, 'good.tf'), UNDECLARED);
    // A pull request may turn the `infra/` a workflow annotates into a link to anywhere.
    symlinkSync('../outside', join(repo, 'infra'));
    const annotated = await strata(repo, 'annotate', 'infra', 'good.tf');
    const fixed = await strata(repo, 'scan', '--fix', '--fail-on', 'none', 'infra/main.tf');
    for (const { stderr } of [annotated, fixed]) expect(stderr).toContain('infra/main.tf: Not fixed: it lies outside the scanned directories');
    expect(readFileSync(join(outside, 'main.tf'), 'utf8')).toBe(UNDECLARED);
    expect(readFileSync(join(repo, 'good.tf'), 'utf8')).toBe(`# strata: needs=os reason="TODO: why"\n${UNDECLARED}`);
    // A file named through a link to another repository: that repository is no context to write in.
    mkdirSync(join(repo, '.git'));
    mkdirSync(join(outside, '.git'));
    expect((await strata(repo, 'annotate', 'infra/main.tf')).stderr).toContain('Not fixed');
    expect(readFileSync(join(outside, 'main.tf'), 'utf8')).toBe(UNDECLARED);
  });

  it('writes through a link of your own above the repository (a symlinked home or /tmp), named from outside it', async () => {
    const repo = join(dir, 'repo');
    mkdirSync(join(repo, '.git'), { recursive: true });
    writeFileSync(join(repo, 'main.tf'), UNDECLARED);
    symlinkSync('repo', join(dir, 'projects'));
    expect((await strata(dir, 'annotate', 'projects')).stderr).toContain('wrote 1 annotation(s) in 1 file(s)');
    expect(readFileSync(join(repo, 'main.tf'), 'utf8')).toBe(`# strata: needs=os reason="TODO: why"\n${UNDECLARED}`);
  });

  it('never writes inside .git, even when .git (or a link to it) is the directory named', async () => {
    mkdirSync(join(dir, '.git', 'hooks'), { recursive: true });
    writeFileSync(join(dir, '.git', 'hooks', 'main.tf'), UNDECLARED);
    writeFileSync(join(dir, 'good.tf'), UNDECLARED);
    symlinkSync('.git/hooks', join(dir, 'infra'));
    await strata(dir, 'annotate', '.git', 'good.tf');
    await strata(dir, 'annotate', '.git/hooks/main.tf');
    await strata(dir, 'annotate', 'infra');
    await strata(dir, 'scan', '--fix', '--fail-on', 'none', '.git/hooks');
    expect(readFileSync(join(dir, '.git', 'hooks', 'main.tf'), 'utf8')).toBe(UNDECLARED);
    expect(readFileSync(join(dir, 'good.tf'), 'utf8')).toBe(`# strata: needs=os reason="TODO: why"\n${UNDECLARED}`);
  });

  it('says which files it could not read, so none is skipped in silence, and annotates the good file beside them', async () => {
    writeFileSync(join(dir, 'good.tf'), UNDECLARED);
    writeFileSync(join(dir, 'broken.tf'), UNDECLARED.replace(/\}\n$/, ''));
    writeFileSync(join(dir, 'binary.tf'), `${UNDECLARED}\0`);
    for (const dryRun of [['--dry-run'], []]) {
      const { stderr } = await strata(dir, 'annotate', ...dryRun, '.');
      expect(stderr).toMatch(/^strata: error: binary\.tf:4:1: Skipped: the file holds NUL bytes/m);
      expect(stderr).toMatch(/^strata: error: broken\.tf:1:\d+: Unclosed configuration block/m);
    }
    expect(readFileSync(join(dir, 'good.tf'), 'utf8')).toBe(`# strata: needs=os reason="TODO: why"\n${UNDECLARED}`);
  });

  it('--dry-run shows only what a run would write: a symbolic link and a UTF-16 file are notes, not hunks, with the same exit code', async () => {
    writeFileSync(join(dir, 'good.tf'), UNDECLARED);
    writeFileSync(join(dir, 'real.tf'), UNDECLARED.replace('"api"', '"real"'));
    symlinkSync('real.tf', join(dir, 'link.tf'));
    writeFileSync(join(dir, 'wide.tf'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(UNDECLARED.replace('"api"', '"wide"'), 'utf16le')]));
    const named = ['link.tf', 'wide.tf', 'good.tf'];
    const dry = await strata(dir, 'annotate', '--dry-run', ...named);
    // The link's target, named through it, is annotated in its own name.
    expect(dry.stdout.match(/^\+\+\+ .*$/gm)).toEqual(['+++ b/good.tf', '+++ b/real.tf']);
    expect(dry.stderr).toContain('link.tf: Not fixed: it is a symbolic link');
    expect(dry.stderr).toContain('wide.tf: Not fixed: it is UTF-16');
    expect(dry.stderr).toContain('would write 2 annotation(s) in 2 file(s)');
    const wet = await strata(dir, 'annotate', ...named);
    expect(wet.stderr).toContain('wrote 2 annotation(s) in 2 file(s)');
    expect(dry.code).toBe(wet.code);
  });

  it('does not annotate standard input', async () => {
    expect((await strata(dir, 'annotate', '-')).code).toBe(EXIT_ERROR);
    expect((await strata(dir, 'scan', '--fix', '--stdin')).code).toBe(EXIT_ERROR);
  });

  it('writes no terminal control or workflow command from the scanned tree into the diff', async () => {
    const name = 'evil\u001b[31m.tf';
    // Three lines above the workload, so the diff shows them as context.
    writeFileSync(join(dir, name), `locals {\n  banner = <<EOT\n::error::forged \u001b]0;x\u0007\nEOT\n}\n${UNDECLARED}`);
    const { stdout } = await strata(dir, 'annotate', '--dry-run', '.');
    expect(stdout).toContain('+# strata: needs=os reason="TODO: why"');
    expect(stdout).not.toMatch(/[\u001b\u0007]/);
    expect(stdout).not.toMatch(/^\s*::/m);
    expect(stdout).toContain('--- a/evil\\e[31m.tf');
  });
});

describe('placeholder reasons', () => {
  it.each(['TODO: why', 'todo', 'TBD', 'fixme later', '?', '???', '   ', ''])('%j is no reason', (reason) => {
    expect(isPlaceholderReason(reason)).toBe(true);
  });
  it.each(['builds kernel modules', 'todos are kept in the queue', 'vendor appliance'])('%j is a reason', (reason) => {
    expect(isPlaceholderReason(reason)).toBe(false);
  });

  it('unexplained-need reports a placeholder as a placeholder', async () => {
    writeFileSync(join(dir, 'main.tf'), `# strata: needs=os reason="tbd"\n${UNDECLARED}`);
    const report = await scan({ cwd: dir, paths: ['.'] });
    expect(report.findings.map((f) => [f.ruleId, f.message])).toEqual([
      ['unexplained-need', 'aws_instance.api needs=os with only a placeholder reason ("tbd"): write why in reason="…"'],
    ]);
  });
});
