/**
 * Modules `terraform init` installed under `.terraform/modules`: scanned through the
 * manifest as their calls' bodies, reported at the calls, never written to.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scan } from '../src/scan.js';
import { fileProblems, fixturesDir, writeMaking } from './helpers.js';

const fixture = join(fixturesDir, 'terraform', 'installed-module');
const scanOf = (cwd: string) => scan({ cwd, paths: ['.'], today: '2026-06-01' });

let copies: string[] = [];
afterEach(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
  copies = [];
});
function copy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'strata-installed-'));
  copies.push(dir);
  cpSync(fixture, dir, { recursive: true });
  return dir;
}

/** Every file under a directory with its size and modification time. */
function snapshot(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .map((d) => join(d.parentPath, d.name))
    .sort()
    .map((p) => `${p} ${statSync(p).size} ${statSync(p).mtimeMs}`);
}

describe('installed modules', () => {
  it('reports a finding inside an installed module at the call, with the resource and the input as related places', async () => {
    const report = await scanOf(fixture);
    const web = report.workloads.find((w) => w.address === 'module.web.aws_instance.this')!;
    expect(web.file).toBe('main.tf');
    expect([web.header.startLine, web.location.startLine, web.location.endLine]).toEqual([2, 2, 8]);
    const places = web.evidence.map((e) => `${e.location.file}:${e.location.startLine}`);
    expect(places).toContain('.terraform/modules/web/main.tf:5');
    expect(places).toContain('main.tf:7');
    const finding = report.findings.find((f) => f.ruleId === 'heavier-than-needed')!;
    expect(`${finding.location.file}:${finding.location.startLine}`).toBe('main.tf:2');
  });

  it("resolves a nested installed module's variable through both calls to the root variable's default", async () => {
    const report = await scanOf(fixture);
    const worker = report.workloads.find((w) => w.address === 'module.workers.module.inner.aws_instance.worker')!;
    const type = worker.facts.find((f) => f.path === 'instance_type')!;
    expect(type.value).toBe('m5.large');
    expect(`${type.origin?.file}:${type.origin?.startLine}`).toBe('main.tf:17');
    expect(worker.header.startLine).toBe(11);
  });

  it("resolves a remote call inside a local module through the root's manifest (key site.cache), reported at that call", async () => {
    const cache = (await scanOf(fixture)).workloads.find((w) => w.address === 'module.cache.aws_instance.this')!;
    expect([cache.file, cache.header.startLine, cache.facts.find((f) => f.path === 'instance_type')?.value]).toEqual(['modules/site/main.tf', 1, 'm5.large']);
    expect(cache.evidence.map((e) => e.location.file)).toContain('.terraform/modules/site.cache/main.tf');
  });

  it("uses the module's own default where the call omits the input", async () => {
    const dir = copy();
    const main = join(dir, 'main.tf');
    writeFileSync(main, readFileSync(main, 'utf8').replace('  instance_type = "c5.metal"\n', ''));
    const web = (await scanOf(dir)).workloads.find((w) => w.address === 'module.web.aws_instance.this')!;
    expect([web.technology, web.facts.find((f) => f.path === 'instance_type')?.value]).toEqual(['aws-ec2-instance', 't3.micro']);
  });

  it('a plan covering an installed call classifies it from the plan, at the call, in place of the installed copy', async () => {
    const dir = copy();
    const after = { instance_type: 'm5.large' };
    const plan = {
      format_version: '1.2',
      planned_values: {},
      resource_changes: [
        {
          address: 'module.web.aws_instance.this[0]',
          module_address: 'module.web',
          mode: 'managed',
          type: 'aws_instance',
          name: 'this',
          change: { actions: ['create'], after, after_unknown: {} },
        },
      ],
    };
    writeFileSync(join(dir, 'plan.json'), JSON.stringify(plan));
    const report = await scan({ cwd: dir, paths: ['.'], plans: ['plan.json'], today: '2026-06-01' });
    const web = report.workloads.filter((w) => w.address === 'module.web.aws_instance.this');
    expect(web.map((w) => [w.technology, w.header.startLine])).toEqual([['aws-ec2-instance', 2]]);
    expect(web[0]!.evidence.map((e) => e.location.file)).toContain('plan.json');
  });

  it('never writes into .terraform', async () => {
    const dir = copy();
    const before = snapshot(join(dir, '.terraform'));
    await scanOf(dir);
    expect(snapshot(join(dir, '.terraform'))).toEqual(before);
  });

  it('a stale manifest entry (another source) is a note, and the module is not scanned', async () => {
    const dir = copy();
    const manifest = join(dir, '.terraform', 'modules', 'modules.json');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('ec2-instance/aws"', 'autoscaling/aws"'));
    const report = await scanOf(dir);
    expect(report.workloads.map((w) => w.address)).not.toContain('module.web.aws_instance.this');
    expect(fileProblems(report).map((d) => d.message)).toContainEqual(
      expect.stringContaining('module.web: .terraform/modules/modules.json installed "registry.terraform.io/terraform-aws-modules/autoscaling/aws"'),
    );
  });

  it('without .terraform, a module nothing knows is the "does not fetch" note', async () => {
    const dir = copy();
    rmSync(join(dir, '.terraform'), { recursive: true });
    const report = await scanOf(dir);
    expect(report.workloads.map((w) => w.address)).not.toContain('module.workers.module.inner.aws_instance.worker');
    expect(fileProblems(report).map((d) => d.message)).toContainEqual(expect.stringContaining('strata does not fetch modules'));
  });
  it('reads at most 20,000 workloads of installed modules: 400 calls to one copy of 4,000 resources beside a good file (4 GB, then out of memory)', async () => {
    const root = mkdtempSync(join(tmpdir(), 'strata-installed-fanout-'));
    copies.push(root);
    writeMaking(join(root, 'good', 'main.tf'), 'resource "aws_instance" "a" {\n  instance_type = "m5.metal"\n}\n');
    const calls = 400;
    writeMaking(join(root, 'bad', 'main.tf'), Array.from({ length: calls }, (_, i) => `module "m${i}" {\n  source = "ns/x/aws"\n}\n`).join(''));
    const modules = [{ Key: '', Source: '', Dir: '.' }, ...Array.from({ length: calls }, (_, i) => ({ Key: `m${i}`, Source: 'ns/x/aws', Dir: '.terraform/modules/a' }))];
    writeMaking(join(root, 'bad', '.terraform', 'modules', 'modules.json'), JSON.stringify({ Modules: modules }));
    const resources = Array.from({ length: 4_000 }, (_, i) => `resource "aws_instance" "r${i}" {\n  instance_type = "t3.micro"\n}\n`).join('');
    writeMaking(join(root, 'bad', '.terraform', 'modules', 'a', 'main.tf'), resources);
    const alone = await scan({ cwd: join(root, 'good'), paths: ['.'], today: '2026-06-01' });
    const report = await scan({ cwd: root, paths: ['good', 'bad'], today: '2026-06-01' });
    expect(report.workloads.filter((w) => w.file === 'good/main.tf').map((w) => w.technology)).toEqual(alone.workloads.map((w) => w.technology));
    expect(report.workloads.filter((w) => w.file.startsWith('bad/'))).toHaveLength(20_000);
    const notes = report.diagnostics.filter((d) => d.message.startsWith('installed modules past what one scan reads of them'));
    // The first five calls take their 4,000 workloads each; the note is at the sixth.
    expect(notes.map((d) => [d.file, d.location?.startLine])).toEqual([['bad/main.tf', 16]]);
  });
});
