/**
 * A module's input as its calls set it: the calls that agree give the value, even when they
 * pass it through the same local (each call's chain sees only its own path: a local two calls
 * share is no cycle), and shared references are resolved once however many paths reach them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Unknown } from '../src/model.js';
import { scan } from '../src/scan.js';
import { writeMaking as write } from './helpers.js';

async function instanceType(files: Record<string, string>, address = 'aws_instance.r'): Promise<unknown> {
  const root = mkdtempSync(join(tmpdir(), 'strata-module-inputs-'));
  try {
    for (const [path, text] of Object.entries(files)) write(join(root, path), text);
    const report = await scan({ cwd: root, paths: ['.'], today: '2026-06-01' });
    const workload = report.workloads.find((w) => w.address === address);
    const value = workload?.facts.find((f) => f.path === 'instance_type')?.value;
    return value instanceof Unknown ? value.reason : value;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const module = 'variable "x" {}\nresource "aws_instance" "r" {\n  instance_type = var.x\n}\n';
const calls = (...inputs: string[]) => inputs.map((input, i) => `module "c${i}" {\n  source = "./m"\n  x = ${input}\n}\n`).join('');

describe('a module input set by its calls', () => {
  it('is the value two calls give through the same local (it was "set differently", hiding a bare-metal instance)', async () => {
    expect(await instanceType({ 'main.tf': `locals {\n  t = "m5.metal"\n}\n${calls('local.t', 'local.t')}`, 'm/main.tf': module })).toBe('m5.metal');
  });

  it('is unknown when the calls set it differently, and when a local refers back to itself', async () => {
    expect(await instanceType({ 'main.tf': calls('"m5.metal"', '"t3.micro"'), 'm/main.tf': module })).toMatch(/set differently by the 2 module calls/);
    expect(await instanceType({ 'main.tf': `locals {\n  a = local.b\n  b = local.a\n}\n${calls('local.a')}`, 'm/main.tf': module })).toMatch(/refers back to itself/);
  });

  it('is resolved once per module, not once per path, through 20 levels of modules each called twice (a million paths)', async () => {
    const files: Record<string, string> = { 'main.tf': `locals {\n  t = "m5.metal"\n}\n${calls('local.t', 'local.t').replaceAll('./m', './l0')}` };
    for (let level = 0; level < 20; level++) {
      files[`l${level}/main.tf`] = `variable "x" {}\n${calls('var.x', 'var.x').replaceAll('./m', `../l${level + 1}`)}`;
    }
    files['l20/main.tf'] = module;
    expect(await instanceType(files)).toBe('m5.metal');
  });
});
