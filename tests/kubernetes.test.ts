/**
 * Kubernetes manifests beyond the fixtures: standard input (`strata scan -`, as ESLint's
 * --stdin and --stdin-filename), and Helm's `# Source:` comments in rendered output.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT_ERROR, EXIT_OK, run } from '../src/cli.js';
import { formatOfCandidate } from '../src/parsers/registry.js';
import { scan } from '../src/scan.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'strata-k8s-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function strata(stdin: string | undefined, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    cwd: dir,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    colorByDefault: false,
    ...(stdin === undefined ? {} : { readStdin: async () => stdin }),
  });
  return { code, stdout, stderr };
}

const POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  hostPID: true\n  containers: [{ name: a, image: a }]\n';
const HELM = `---\n# Source: demo/templates/serviceaccount.yaml\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: demo\n---\n# Source: demo/templates/deployment.yaml\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: demo\nspec:\n  template:\n    spec:\n      containers: [{ name: a, image: a }]\n`;

describe('what the walk takes for a manifest', () => {
  it.each([
    ['pod.yaml', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n'],
    ['alert.yaml', 'apiVersion: v1\nkind: ConfigMap\ndata:\n  summary: "{{ $labels.instance }} is down"\n  # image: {{ commented }}\n'],
    ['list.json', '[{"apiVersion": "v1", "kind": "Pod"}]'],
  ])('%s is a manifest', (name, text) => {
    expect(formatOfCandidate(name, text)).toBe('kubernetes');
  });

  it.each([
    ['kubeadm.yml', 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\nimageRepository: {{ registry }}\n'],
    ['deploy.yaml', '{% if enabled %}\napiVersion: apps/v1\nkind: Deployment\n{% endif %}\n'],
    ['loop.yaml', 'apiVersion: v1\nkind: List\nitems:\n{{- range .Values.items }}\n'],
  ])('%s is a template to render first, not a manifest', (name, text) => {
    expect(formatOfCandidate(name, text)).toBeUndefined();
  });
});

describe('standard input', () => {
  it('scans - as the file --stdin-filename names, at that path', async () => {
    const { code, stdout } = await strata(POD, 'scan', '-', '--stdin-filename', 'k8s/pod.yaml', '--format', 'json', '--fail-on', 'none');
    expect(code).toBe(EXIT_OK);
    const report = JSON.parse(stdout) as { findings: Array<{ ruleId: string; file: string; location: { startLine: number } }> };
    expect(report.findings.map((f) => [f.ruleId, f.file, f.location.startLine])).toEqual([
      ['isolation-breach', 'k8s/pod.yaml', 1],
      ['undeclared-need', 'k8s/pod.yaml', 1],
    ]);
  });

  it('--stdin without a name: the content gives the format (manifests), the report says <stdin>', async () => {
    const { code, stdout } = await strata(POD, 'inventory', '--stdin');
    expect(code).toBe(EXIT_OK);
    expect(stdout).toContain('<stdin>:1');
    expect(stdout).toContain('Pod/web');
  });

  it('a name gives the format when the content cannot (a .tf file)', async () => {
    const { stdout } = await strata('resource "aws_instance" "api" {\n  instance_type = "t3.small"\n}\n', 'inventory', '-', '--stdin-filename', 'main.tf');
    expect(stdout).toContain('aws_instance.api');
  });

  it('is a usage error when nothing says what it is, when paths come too, or when --stdin-filename comes alone', async () => {
    const unknown = await strata('x: 1\n', 'scan', '-');
    expect(unknown.code).toBe(EXIT_ERROR);
    expect(unknown.stderr).toContain('standard input is not a format strata reads');
    expect((await strata(POD, 'scan', '-', 'other')).code).toBe(EXIT_ERROR);
    writeFileSync(join(dir, 'pod.yaml'), POD);
    const alone = await strata(undefined, 'scan', '--stdin-filename', 'pod.yaml');
    expect(alone.code).toBe(EXIT_ERROR);
    expect(alone.stderr).toContain('--stdin-filename names standard input');
  });

  it('is held to the file size limit', async () => {
    const { stdout } = await strata(`${POD}#${'x'.repeat(2048)}\n`, 'scan', '-', '--max-file-size', '1kB');
    expect(stdout).toContain('larger than the 1024-byte limit');
    expect(stdout).not.toContain('Pod/web');
  });
});

describe("Helm's rendered output", () => {
  it("names each document's template in the messages and as a related location", async () => {
    writeFileSync(join(dir, 'rendered.yaml'), HELM);
    const report = await scan({ cwd: dir, paths: ['.'], today: '2026-06-01' });
    expect(report.workloads.map((w) => [w.address, w.location.startLine])).toEqual([['Deployment/demo', 9]]);
    const finding = report.findings.find((f) => f.ruleId === 'undeclared-need')!;
    expect(finding.message).toContain('(rendered from demo/templates/deployment.yaml)');
    expect(finding.related.map((r) => r.location.file)).toContain('demo/templates/deployment.yaml');
  });
});
