import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, run } from '../src/cli.js';
import { packageRoot } from '../src/data.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'strata-cli-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function strata(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { cwd: dir, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), colorByDefault: false });
  return { code, stdout, stderr };
}

const HEAVIER = '# strata: needs=process reason="api"\nresource "aws_instance" "api" {\n  instance_type = "t3.small"\n}\n';
const UNDECLARED = 'resource "aws_instance" "api" {\n  instance_type = "t3.small"\n}\n';
const LIGHTER = '# strata: needs=hardware reason="stock OS"\nresource "docker_container" "c" {\n  image = "x"\n}\n';

describe('strata scan', () => {
  it('judges files named on the command line with their context, and reports only them (as pre-commit passes changed files)', async () => {
    const { cpSync } = await import('node:fs');
    cpSync(join(packageRoot, 'fixtures', 'terraform', 'module-need'), dir, { recursive: true });
    const json = JSON.parse((await strata('scan', '--format', 'json', 'modules/app/main.tf')).stdout) as { findings: Array<{ ruleId: string; file: string }> };
    // The need is declared on the module call in main.tf: not undeclared, and main.tf's own findings are not reported.
    expect(json.findings.map((f) => [f.ruleId, f.file])).toEqual([['heavier-than-needed', 'modules/app/main.tf']]);
  });

  it('exits 0 when nothing reaches --fail-on, 1 when something does', async () => {
    writeFileSync(join(dir, 'main.tf'), HEAVIER);
    expect((await strata('scan')).code).toBe(EXIT_OK); // a warning; --fail-on defaults to error
    expect((await strata('scan', '--fail-on', 'warning')).code).toBe(EXIT_FINDINGS);
    writeFileSync(join(dir, 'main.tf'), LIGHTER);
    expect((await strata('scan')).code).toBe(EXIT_FINDINGS);
    expect((await strata('scan', '--fail-on', 'none')).code).toBe(EXIT_OK);
  });

  it('counts notes only at --fail-on note', async () => {
    writeFileSync(join(dir, 'main.tf'), UNDECLARED);
    expect((await strata('scan', '--fail-on', 'warning')).code).toBe(EXIT_OK);
    expect((await strata('scan', '--fail-on', 'note')).code).toBe(EXIT_FINDINGS);
  });

  it('prints a text report with the location, a code frame, the rule id and a summary', async () => {
    writeFileSync(join(dir, 'main.tf'), HEAVIER);
    const { stdout } = await strata('scan');
    expect(stdout).toContain('main.tf\n  2:1     warning aws_instance.api runs on');
    expect(stdout).toContain('heavier-than-needed');
    expect(stdout).toContain('> 2 | resource "aws_instance" "api" {');
    expect(stdout).toMatch(/2 os\s+1\s+1\s+1/);
    expect(stdout).toContain('1 finding(s): 0 error(s), 1 warning(s), 0 note(s); 1 workload(s) in 1 file(s)');
  });

  it('reports a broken file as a parse-error finding that fails the run, without hiding other findings', async () => {
    writeFileSync(join(dir, 'good.tf'), LIGHTER);
    writeFileSync(join(dir, 'broken.tf'), 'resource "aws_instance" "x" {\n  ami = "abc\n}\n');
    const { code, stdout } = await strata('scan', '--format', 'json');
    expect(code).toBe(EXIT_FINDINGS);
    const json = JSON.parse(stdout) as {
      findings: Array<{ ruleId: string; file: string; location: { startLine: number; startColumn: number }; message: string }>;
      diagnostics: unknown[];
    };
    expect(json.findings.map((f) => [f.ruleId, f.file, f.location.startLine, f.location.startColumn])).toEqual([
      ['parse-error', 'broken.tf', 2, 9],
      ['lighter-than-needed', 'good.tf', 2, 1],
    ]);
    expect(json.findings[0]!.message).toContain('Unterminated string');
    expect(json.diagnostics).toEqual([]);
    expect((await strata('scan')).stdout).toContain('error   Unterminated string');

    // Only the broken file fails the run now; a config can lower the rule for its paths.
    writeFileSync(join(dir, 'good.tf'), HEAVIER);
    expect((await strata('scan')).code).toBe(EXIT_FINDINGS);
    writeFileSync(join(dir, '.strata.yml'), 'overrides:\n  - files: broken.tf\n    rules: { parse-error: warning }\n');
    expect((await strata('scan')).code).toBe(EXIT_OK);
  });

  it('writes --output atomically and leaves no temporary file behind', async () => {
    writeFileSync(join(dir, 'main.tf'), HEAVIER);
    const { stdout, code } = await strata('scan', '--format', 'sarif', '--output', 'out.sarif');
    expect(code).toBe(EXIT_OK);
    expect(stdout).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(readdirSync(dir).sort()).toEqual(['main.tf', 'out.sarif']);
  });

  it('exits 2 on usage errors', async () => {
    expect((await strata('scan', 'nowhere')).code).toBe(EXIT_ERROR);
    expect((await strata('scan', '--format', 'xml')).code).toBe(EXIT_ERROR);
    expect((await strata('scan', '--fail-on', 'sometimes')).code).toBe(EXIT_ERROR);
    expect((await strata('frobnicate')).code).toBe(EXIT_ERROR);
    expect((await strata('explain', 'no-such-rule')).code).toBe(EXIT_ERROR);
  });

  it("--strict-hcl lets HashiCorp's parser report what the scanner lets through", async () => {
    // `$invalid` is not HCL; the scanner skips over expressions it need not read.
    writeFileSync(join(dir, 'main.tf'), 'resource "docker_container" "c" {\n  image = $invalid\n}\n');
    const fast = JSON.parse((await strata('scan', '--format', 'json')).stdout) as { diagnostics: unknown[]; findings: Array<{ ruleId: string }> };
    expect(fast.diagnostics).toEqual([]);
    expect(fast.findings.map((f) => f.ruleId)).toEqual(['undeclared-need']);
    const strict = JSON.parse((await strata('scan', '--format', 'json', '--strict-hcl')).stdout) as { diagnostics: unknown[]; findings: unknown[] };
    expect(strict.findings[0]).toMatchObject({
      ruleId: 'parse-error',
      file: 'main.tf',
      location: { startLine: 2, startColumn: 11 },
      message: expect.stringContaining('Invalid character'),
    });
    expect(strict.findings.every((f) => (f as { ruleId: string }).ruleId === 'parse-error')).toBe(true);
  });

  it('--max-file-size skips larger files with a parse-error finding', async () => {
    writeFileSync(join(dir, 'main.tf'), LIGHTER);
    const skipped = await strata('scan', '--max-file-size', '20', '--format', 'json');
    expect(JSON.parse(skipped.stdout).findings).toMatchObject([{ ruleId: 'parse-error', file: 'main.tf', message: expect.stringContaining('larger than the 20 bytes limit') }]);
    expect(skipped.code).toBe(EXIT_FINDINGS);
    expect((await strata('scan', '--max-file-size', '1MB')).code).toBe(EXIT_FINDINGS);
    expect((await strata('scan', '--max-file-size', 'big')).code).toBe(EXIT_ERROR);
  });

  it('--quiet reports errors only', async () => {
    writeFileSync(join(dir, 'a.tf'), HEAVIER);
    writeFileSync(join(dir, 'b.tf'), LIGHTER);
    const json = JSON.parse((await strata('scan', '--quiet', '--format', 'json')).stdout) as { findings: Array<{ level: string }> };
    expect(json.findings.map((f) => f.level)).toEqual(['error']);
  });
});

describe('strata inventory', () => {
  it('prints the documented JSON shape', async () => {
    writeFileSync(join(dir, 'main.tf'), `\n${HEAVIER}`);
    const { stdout, code } = await strata('inventory', '--format', 'json');
    expect(code).toBe(EXIT_OK);
    const inventory = JSON.parse(stdout);
    expect(inventory).toEqual({
      version: 1,
      workloads: [
        {
          file: 'main.tf',
          format: 'terraform',
          address: 'aws_instance.api',
          location: { startLine: 3, startColumn: 1, endLine: 5, endColumn: 2 },
          technology: expect.any(String),
          stratum: 2,
          evidence: expect.arrayContaining([{ reason: expect.stringContaining('aws_instance'), location: { startLine: 3, startColumn: 1 } }]),
          need: 1,
          needSource: { kind: 'comment', file: 'main.tf', line: 2 },
        },
      ],
      diagnostics: [],
    });
  });
});

describe('strata rules and explain', () => {
  it('lists every rule and explains one', async () => {
    const rules = await strata('rules');
    expect(rules.stdout).toContain('heavier-than-needed');
    expect(rules.stdout.trim().split('\n')).toHaveLength(10);
    const explain = await strata('explain', 'isolation-breach');
    expect(explain.code).toBe(EXIT_OK);
    expect(explain.stdout).toContain('isolation-breach (warning)');
    expect(explain.stdout).toContain('Bad:');
    expect(explain.stdout).toContain('Good:');
  });

  it("lists the intents with their strata, a config's own among them, and explains one", async () => {
    writeFileSync(join(dir, '.strata.yml'), 'intents:\n  trading-engine:\n    stratum: 3\n    meaning: "Pinned to dedicated hardware"\n');
    const text = await strata('intents');
    expect(text.stdout).toMatch(/^custom-kernel +2 os +Runs its own kernel/m);
    expect(text.stdout).toMatch(/^trading-engine +3 hardware +Pinned to dedicated hardware$/m);
    const json = JSON.parse((await strata('intents', '--format', 'json')).stdout) as Array<{ intent: string; stratum: number }>;
    expect(json.find((i) => i.intent === 'custom-kernel')?.stratum).toBe(2);
    expect(json.map((i) => i.stratum)).toEqual([...json.map((i) => i.stratum)].sort());
    const explain = await strata('explain', 'custom-kernel');
    expect(explain.code).toBe(EXIT_OK);
    expect(explain.stdout).toContain('custom-kernel: an intent; it needs stratum 2 (os)');
    expect(explain.stdout).toContain('# strata: needs=custom-kernel reason="…"');
    expect((await strata('explain', 'trading-engine')).stdout).toContain('stratum 3 (hardware)');
    const unknown = await strata('explain', 'no-such-thing');
    expect(unknown.code).toBe(EXIT_ERROR);
    expect(unknown.stderr).toContain('Unknown rule, intent or technology "no-such-thing"');
  });

  it('explains a catalog technology with its lighter alternatives, and every technology a kind may be', async () => {
    const technology = await strata('explain', 'vagrant-virtualbox');
    expect(technology.code).toBe(EXIT_OK);
    expect(technology.stdout).toMatch(/^vagrant-virtualbox: VirtualBox VM, stratum 3 \(hardware\)\n/);
    expect(technology.stdout).toContain('Matches: vagrant virtualbox\n');
    expect(technology.stdout).toContain('Lighter alternatives:\n  stratum 2 (os): libvirt KVM VM (vagrant-libvirt-kvm)\n');
    expect(technology.stdout).toContain('  stratum 1 (process): Docker container (vagrant-docker)\n');
    const kind = await strata('explain', 'aws_instance');
    expect(kind.stdout).toMatch(/^aws_instance: 3 catalog technologies, the most specific first/);
    expect(kind.stdout.match(/^aws-ec2-[a-z-]+(?=:)/gm)).toEqual(['aws-ec2-bare-metal', 'aws-ec2-nested', 'aws-ec2-instance']);
    expect(kind.stdout).toContain('Matches: terraform aws_instance, aws_launch_template, aws_spot_instance_request when instance_type matches "*.metal" or "*.metal-*"');
    expect((await strata('explain', 'aws-lambda-function')).stdout).toContain('Lighter alternatives: none, stratum 1 is the lightest.');
    // A config's entries are untrusted: what the terminal would obey is shown, not obeyed.
    writeFileSync(
      join(dir, '.strata.yml'),
      'catalog:\n  technologies:\n    - id: acme-vm\n      name: "Acme \\u001b[31mVM"\n      stratum: 2\n      match: { format: terraform, kinds: [acme_vm] }\n      rationale: "an in-house hypervisor"\n      reference: https://wiki.example.com/acme\n',
    );
    const own = await strata('explain', 'acme_vm');
    expect(own.stdout).toContain('acme-vm: Acme \\e[31mVM, stratum 2 (os)');
    expect(own.stdout).toContain('Lighter alternatives: none in the catalog.');
  });
});

describe('the strata executable', () => {
  it('runs from the build, prints its version and exits with the documented code', () => {
    const main = join(packageRoot, 'dist', 'src', 'main.js');
    expect(existsSync(main), 'npm test builds first (pretest)').toBe(true);
    const version = execFileSync(process.execPath, [main, '--version'], { encoding: 'utf8' }).trim();
    const catalog = (readFileSync(join(packageRoot, 'rules', 'catalog', 'version.yaml'), 'utf8').match(/^version: (.+)$/m) ?? [])[1];
    expect(version).toBe(`${JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')).version} (catalog ${catalog})`);
    writeFileSync(join(dir, 'main.tf'), LIGHTER);
    const result = spawnSync(process.execPath, [main, 'scan', '--no-color'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(result.status).toBe(EXIT_FINDINGS);
    expect(result.stdout).toContain('lighter-than-needed');
    expect(result.stderr).toBe('');
  });
});

describe('configuration', () => {
  it('is found from the scanned directory upward, and sets levels and the failing level', async () => {
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(dir, '.git'));
    mkdirSync(join(dir, 'infra'));
    writeFileSync(join(dir, '.strata.yml'), 'rules:\n  heavier-than-needed: error\nfailOn: warning\n');
    writeFileSync(join(dir, 'infra', 'main.tf'), HEAVIER);
    const json = JSON.parse((await strata('scan', 'infra', '--format', 'json')).stdout) as { findings: Array<{ level: string }> };
    expect(json.findings.map((f) => f.level)).toEqual(['error']);
    writeFileSync(join(dir, '.strata.yml'), 'rules:\n  heavier-than-needed: note\nfailOn: note\n');
    expect((await strata('scan', 'infra')).code).toBe(EXIT_FINDINGS);
    expect((await strata('scan', 'infra', '--fail-on', 'error')).code).toBe(EXIT_OK);
  });

  it('with a typo exits 2 and names the key and the line', async () => {
    writeFileSync(join(dir, 'main.tf'), HEAVIER);
    writeFileSync(join(dir, 'strata.yml'), 'rules:\n  heavier-than-needed: warning\nfail_on: error\noverrides:\n  - files: "x/**"\n    need: os\n');
    const { code, stderr } = await strata('scan', '--config', 'strata.yml');
    expect(code).toBe(EXIT_ERROR);
    expect(stderr).toContain('strata.yml:3: the document: unknown key "fail_on"');
    expect(stderr).toContain('strata.yml:6: overrides.0: unknown key "need"');
    expect(stderr).toContain('strata.yml:5: overrides.0: "needs" is required');
  });

  it('points at the line of an offending key, not of the block below it', async () => {
    writeFileSync(join(dir, 'main.tf'), HEAVIER);
    writeFileSync(join(dir, '.strata.yml'), 'rules:\n  heavier-than-needed: warning\noverridez:\n  - files: x\nfailOn:\n  level: error\n');
    const { stderr } = await strata('scan');
    expect(stderr).toContain('.strata.yml:3: the document: unknown key "overridez"');
    expect(stderr).toContain('.strata.yml:5: failOn: must be one of');
  });

  it('takes maxFileSize in bytes or as 5MB, 500kB', async () => {
    writeFileSync(join(dir, 'main.tf'), HEAVIER);
    writeFileSync(join(dir, '.strata.yml'), 'maxFileSize: 50b\n');
    const small = JSON.parse((await strata('scan', '--format', 'json')).stdout) as { findings: Array<{ ruleId: string }> };
    expect(small.findings.map((f) => f.ruleId)).toEqual(['parse-error']);
    writeFileSync(join(dir, '.strata.yml'), 'maxFileSize: 5MB\n');
    expect((await strata('scan')).code).toBe(EXIT_OK);
    writeFileSync(join(dir, '.strata.yml'), 'maxFileSize: five\n');
    const bad = await strata('scan');
    expect(bad.code).toBe(EXIT_ERROR);
    expect(bad.stderr).toContain('.strata.yml:1: maxFileSize:');
  });

  it('rejects an unknown rule id and an unknown intent in an override, with their lines', async () => {
    writeFileSync(join(dir, 'main.tf'), HEAVIER);
    writeFileSync(join(dir, '.strata.yml'), 'rules:\n  heavier-than-need: off\n');
    expect((await strata('scan')).stderr).toContain('.strata.yml:2: rules.heavier-than-need: unknown key "heavier-than-need"; did you mean "heavier-than-needed"?');
    writeFileSync(join(dir, '.strata.yml'), 'overrides:\n  - files: ["**"]\n    rules:\n      nested-virtualisation: off\n');
    expect((await strata('scan')).stderr).toContain(
      '.strata.yml:4: overrides.0.rules.nested-virtualisation: unknown key "nested-virtualisation"; did you mean "nested-virtualization"?',
    );
    writeFileSync(join(dir, '.strata.yml'), 'overrides:\n  - files: ["**"]\n    needs: proces\n');
    const { code, stderr } = await strata('scan');
    expect(code).toBe(EXIT_ERROR);
    expect(stderr).toContain('.strata.yml:2: overrides: unknown stratum or intent "proces"; did you mean "process"?');
  });

  it('strata init writes a starter config that validates, and will not overwrite it', async () => {
    expect((await strata('init')).code).toBe(EXIT_OK);
    const written = readFileSync(join(dir, '.strata.yml'), 'utf8');
    expect(written).toContain('$schema=');
    writeFileSync(join(dir, 'main.tf'), HEAVIER);
    expect((await strata('scan')).code).toBe(EXIT_OK);
    expect((await strata('init')).code).toBe(EXIT_ERROR);
    expect((await strata('init', '--force')).code).toBe(EXIT_OK);
  });
});

describe('outputs and thresholds', () => {
  it('writes several formats in one run, one of them to stdout', async () => {
    writeFileSync(join(dir, 'main.tf'), HEAVIER);
    const { stdout, code } = await strata('scan', '--format', 'sarif=out.sarif', '--format', 'markdown=summary.md', '--format', 'github');
    expect(code).toBe(EXIT_OK);
    expect(stdout).toMatch(/^::warning file=main.tf,line=2/);
    expect(JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8')).runs[0].results).toHaveLength(1);
    expect(readFileSync(join(dir, 'summary.md'), 'utf8')).toContain('## strata');
    expect((await strata('scan', '--format', 'text', '--format', 'json')).code).toBe(EXIT_ERROR);
  });

  it('--max-warnings fails the run past the count, as in ESLint', async () => {
    writeFileSync(join(dir, 'main.tf'), HEAVIER);
    expect((await strata('scan', '--max-warnings', '1')).code).toBe(EXIT_OK);
    const over = await strata('scan', '--max-warnings', '0');
    expect(over.code).toBe(EXIT_FINDINGS);
    expect(over.stderr).toContain('1 warning(s), more than --max-warnings 0');
    expect((await strata('scan', '--max-warnings', 'many')).code).toBe(EXIT_ERROR);
    expect((await strata('scan', '--max-warnings', '-1')).code).toBe(EXIT_OK);
    expect((await strata('scan', '--max-warnings', '-2')).code).toBe(EXIT_ERROR);
  });

  it('colours with --color or FORCE_COLOR, never with --no-color or FORCE_COLOR=0', async () => {
    writeFileSync(join(dir, 'main.tf'), HEAVIER);
    const colours = async (env: Record<string, string>, ...flags: string[]) => {
      let stdout = '';
      await run(['scan', ...flags], { cwd: dir, stdout: (t) => (stdout += t), stderr: () => undefined, colorByDefault: false, env });
      return stdout.includes('\u001b[');
    };
    expect(await colours({})).toBe(false);
    expect(await colours({}, '--color')).toBe(true);
    expect(await colours({ FORCE_COLOR: '1' })).toBe(true);
    expect(await colours({ FORCE_COLOR: '' })).toBe(true);
    expect(await colours({ FORCE_COLOR: '0' })).toBe(false);
    expect(await colours({ FORCE_COLOR: '1' }, '--no-color')).toBe(false);
  });
});

describe('help on the way in', () => {
  it('--list-files lists what a scan would read, and every skipped path with why, and scans nothing', async () => {
    const { mkdirSync } = await import('node:fs');
    for (const d of ['.git', 'infra', 'build', 'legacy', 'node_modules/m']) mkdirSync(join(dir, d), { recursive: true });
    writeFileSync(join(dir, '.gitignore'), 'build/\n');
    writeFileSync(join(dir, '.strata.yml'), 'exclude: ["legacy/**"]\n');
    for (const d of ['infra', 'build', 'legacy', 'node_modules/m']) writeFileSync(join(dir, d, 'main.tf'), LIGHTER);
    const { code, stdout } = await strata('scan', '--list-files');
    expect(code).toBe(EXIT_OK);
    expect(stdout).toBe(
      [
        'scan  infra/main.tf  (terraform)',
        'skip  .git  (.git is never scanned)',
        'skip  build  (ignored by .gitignore)',
        "skip  legacy/main.tf  (excluded by the config's exclude)",
        'skip  node_modules  (node_modules is never scanned)',
        '1 file(s) to scan, 4 path(s) skipped',
        '',
      ].join('\n'),
    );
  });

  it('--print-config shows the levels, need and overrides in force for one file', async () => {
    writeFileSync(
      join(dir, '.strata.yml'),
      'rules:\n  undeclared-need: warning\noverrides:\n  - files: ["infra/**"]\n    needs: os\n    reason: "VMs"\n    rules: { heavier-than-needed: error }\n',
    );
    const inside = JSON.parse((await strata('scan', '--print-config', 'infra/main.tf')).stdout) as Record<string, unknown> & { rules: Record<string, string> };
    expect(inside).toMatchObject({ file: 'infra/main.tf', config: '.strata.yml', need: { needs: 'os', reason: 'VMs', from: '.strata.yml:4' }, overrides: ['.strata.yml:4'] });
    expect(inside.rules).toMatchObject({ 'heavier-than-needed': 'error', 'undeclared-need': 'warning', 'unexplained-need': 'note' });
    const outside = JSON.parse((await strata('scan', '--print-config', 'main.tf')).stdout) as { rules: Record<string, string>; need: unknown };
    expect(outside.rules['heavier-than-needed']).toBe('warning');
    expect(outside.need).toBeNull();
  });

  it('--debug says on stderr how long each phase took, and leaves stdout as it was', async () => {
    writeFileSync(join(dir, 'main.tf'), HEAVIER);
    const plain = await strata('scan');
    const debug = await strata('scan', '--debug');
    expect(debug.stdout).toBe(plain.stdout);
    for (const phase of ['discover', 'read', 'scan', 'classify', 'rules', 'format']) expect(debug.stderr).toMatch(new RegExp(`^strata: debug: ${phase} +\\d+\\.\\d ms$`, 'm'));
    expect(debug.stderr).toContain('strata: debug: 1 file(s), 1 workload(s), 1 finding(s)');
  });
});

describe('baselines, inline ignores and changed files', () => {
  const ANOTHER = '# strata: needs=process reason="web"\nresource "aws_instance" "web" {\n  instance_type = "t3.small"\n}\n';

  it('a baseline hides the findings it records, reports new ones, and counts stale entries', async () => {
    writeFileSync(join(dir, 'a.tf'), HEAVIER);
    writeFileSync(join(dir, 'b.tf'), UNDECLARED.replace('"api"', '"old"'));
    const written = await strata('scan', '--write-baseline', 'baseline.json', '--fail-on', 'note');
    expect(written.code).toBe(EXIT_OK);
    expect(written.stderr).toBe('strata: wrote 2 finding(s) to the baseline baseline.json; scan with --baseline baseline.json to report only new ones\n');
    expect(JSON.parse(readFileSync(join(dir, 'baseline.json'), 'utf8')).findings).toHaveLength(2);
    // Move the old finding down the file: still the same finding.
    writeFileSync(join(dir, 'a.tf'), `\n\n${HEAVIER}`);
    rmSync(join(dir, 'b.tf'));
    writeFileSync(join(dir, 'c.tf'), ANOTHER);
    const json = JSON.parse((await strata('scan', '--baseline', 'baseline.json', '--format', 'json')).stdout) as { findings: Array<{ file: string }> };
    expect(json.findings.map((f) => f.file)).toEqual(['a.tf', 'c.tf']);
    const text = await strata('scan', '--baseline', 'baseline.json', '--fail-on', 'warning');
    expect(text.code).toBe(EXIT_FINDINGS);
    expect(text.stdout).toContain('c.tf');
    expect(text.stdout).not.toContain('a.tf');
    expect(text.stdout).toContain('1 in the baseline; 1 baseline entry no longer found');
    const sarif = JSON.parse((await strata('scan', '--baseline', 'baseline.json', '--format', 'sarif')).stdout) as { runs: Array<{ results: Array<{ baselineState: string }> }> };
    expect(sarif.runs[0]!.results.map((r) => r.baselineState)).toEqual(['unchanged', 'new']);
  });

  it('--no-inline-ignores reports what strata-ignore comments suppress', async () => {
    writeFileSync(join(dir, 'main.tf'), `# strata-ignore: heavier-than-needed reason="later"\n${HEAVIER}`);
    expect((await strata('scan', '--fail-on', 'warning')).code).toBe(EXIT_OK);
    expect((await strata('scan', '--fail-on', 'warning', '--no-inline-ignores')).code).toBe(EXIT_FINDINGS);
  });

  it('--changed-since reports only on files changed since the merge base, judged in their context', async () => {
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: dir,
        stdio: 'ignore',
        env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' },
      });
    git('init', '-q', '-b', 'main');
    writeFileSync(join(dir, 'old.tf'), HEAVIER);
    writeFileSync(join(dir, 'variables.tf'), 'variable "type" {\n  default = "m5.metal"\n}\n');
    git('add', '.');
    git('commit', '-q', '-m', 'one');
    git('checkout', '-q', '-b', 'feature');
    writeFileSync(join(dir, 'new.tf'), '# strata: needs=os reason="db"\nresource "aws_instance" "db" {\n  instance_type = var.type\n}\n');
    git('add', '.');
    git('commit', '-q', '-m', 'two');
    const json = JSON.parse((await strata('scan', '--changed-since', 'main', '--format', 'json')).stdout) as { findings: Array<{ file: string; ruleId: string }> };
    // The variable's default (in an unchanged file) still decides: m5.metal is heavier than os.
    expect(json.findings.map((f) => [f.file, f.ruleId])).toEqual([['new.tf', 'heavier-than-needed']]);
  });

  it('--changed-since outside a git repository is a usage error', async () => {
    writeFileSync(join(dir, 'main.tf'), HEAVIER);
    const { code, stderr } = await strata('scan', '--changed-since', 'main');
    expect(code).toBe(EXIT_ERROR);
    expect(stderr).toContain('--changed-since needs a git repository');
    expect((await strata('scan', '--changed-since', '--output=x')).code).toBe(EXIT_ERROR);
  });
});

describe('paths in SARIF and GitHub annotations', () => {
  it('name files from the repository root, whatever directory strata runs in', async () => {
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(dir, '.git'));
    mkdirSync(join(dir, 'infra'));
    writeFileSync(join(dir, 'infra', 'main.tf'), LIGHTER);
    let stdout = '';
    await run(['scan', '--format', 'sarif=out.sarif', '--format', 'github'], { cwd: join(dir, 'infra'), stdout: (t) => (stdout += t), stderr: () => {}, colorByDefault: false });
    expect(stdout).toMatch(/^::error file=infra\/main.tf,line=2/);
    const sarif = JSON.parse(readFileSync(join(dir, 'infra', 'out.sarif'), 'utf8')) as {
      runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }>;
    };
    expect(sarif.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('infra/main.tf');
  });

  it('a nomad_job never reads a jobspec outside the scanned directory (no repository here)', async () => {
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(dir, 'repo'));
    writeFileSync(join(dir, 'secret.nomad'), 'job "x" {\n  group "g" {\n    task "t" {\n      driver = "qemu"\n    }\n  }\n}\n');
    writeFileSync(
      join(dir, 'repo', 'main.tf'),
      'resource "nomad_job" "j" {\n  jobspec = file("${path.module}/../secret.nomad")\n}\nresource "nomad_job" "k" {\n  jobspec = file("/etc/passwd")\n}\n',
    );
    const json = JSON.parse((await strata('scan', 'repo', '--format', 'json')).stdout) as { findings: unknown[]; diagnostics: Array<{ file: string; message: string }> };
    expect(json.findings).toEqual([]);
    expect(json.diagnostics.map((d) => d.file)).toEqual(['repo/main.tf', 'repo/main.tf']);
    for (const d of json.diagnostics) expect(d.message).toContain('outside the scanned directory and the repository');
  });

  it('a glob that matches nothing is a usage error, as in ESLint', async () => {
    expect((await strata('scan', 'nowhere/*.tf')).code).toBe(EXIT_ERROR);
  });
});
