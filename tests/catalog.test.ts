import { describe, expect, it } from 'vitest';
import { Catalog, matchers } from '../src/catalog.js';
import { DataError, loadYamlData, rulesDir } from '../src/data.js';
import { Unknown, type Workload } from '../src/model.js';
import { Vocabulary } from '../src/vocabulary.js';
import { join } from 'node:path';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';

const catalog = Catalog.builtIn();

describe('the built-in catalog', () => {
  it('loads and validates against its schema', () => {
    expect(catalog.technologies.length).toBeGreaterThan(50);
  });

  it('has unique ids', () => {
    const ids = [...catalog.technologies.map((t) => t.id), ...catalog.breaches.map((b) => b.id)];
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('gives every kind exactly one base entry without conditions', () => {
    const kinds = new Map<string, number>();
    for (const t of catalog.technologies) {
      for (const match of matchers(t)) {
        for (const kind of match.kinds) {
          const key = `${match.format}:${kind}`;
          kinds.set(key, (kinds.get(key) ?? 0) + (match.when ? 0 : 1));
        }
      }
    }
    expect([...kinds].filter(([, bases]) => bases !== 1)).toEqual([]);
  });

  it.each([
    'aws_instance',
    'aws_launch_template',
    'aws_spot_instance_request',
    'aws_lightsail_instance',
    'aws_ecs_task_definition',
    'aws_lambda_function',
    'aws_apprunner_service',
    'aws_batch_job_definition',
    'google_compute_instance',
    'google_compute_instance_template',
    'google_compute_instance_from_template',
    'google_cloud_run_service',
    'google_cloud_run_v2_service',
    'google_cloudfunctions_function',
    'google_cloudfunctions2_function',
    'azurerm_linux_virtual_machine',
    'azurerm_windows_virtual_machine',
    'azurerm_virtual_machine',
    'azurerm_linux_virtual_machine_scale_set',
    'azurerm_container_group',
    'azurerm_container_app',
    'azurerm_linux_function_app',
    'vsphere_virtual_machine',
    'libvirt_domain',
    'proxmox_vm_qemu',
    'proxmox_lxc',
    'proxmox_virtual_environment_vm',
    'proxmox_virtual_environment_container',
    'xenorchestra_vm',
    'hyperv_machine_instance',
    'virtualbox_vm',
    'openstack_compute_instance_v2',
    'hcloud_server',
    'digitalocean_droplet',
    'linode_instance',
    'vultr_instance',
    'oci_core_instance',
    'metal_device',
    'equinix_metal_device',
    'docker_container',
    'docker_service',
    'kubernetes_deployment',
    'kubernetes_pod',
    'kubernetes_stateful_set',
    'kubernetes_daemonset',
    'kubernetes_job',
    'kubernetes_cron_job',
    'kubernetes_deployment_v1',
    'kubernetes_pod_v1',
    'kubernetes_stateful_set_v1',
    'kubernetes_daemon_set_v1',
    'kubernetes_job_v1',
    'kubernetes_cron_job_v1',
    'lxd_instance',
    'incus_instance',
    'lxd_container',
  ])('knows the Terraform resource %s', (kind) => {
    expect(catalog.knows('terraform', kind)).toBe(true);
  });
});

function workload(kind: string, facts: Record<string, unknown>): Workload {
  const at = { file: 'x.tf', startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 };
  return {
    format: 'terraform',
    kind,
    address: `${kind}.x`,
    file: 'x.tf',
    location: at,
    header: at,
    facts: Object.entries(facts).map(([path, value]) => ({ path, value: value as never, location: at })),
    annotations: [],
  };
}

describe('classification', () => {
  it('keeps unknown values out of the decision, and says what they would decide', () => {
    const c = catalog.classify(workload('libvirt_domain', { type: new Unknown('comes from var.t, which strata does not resolve') }))!;
    expect(c.stratum).toBe(2);
    expect(c.possibleStrata).toEqual([2, 3]);
    expect(c.evidence.map((e) => e.reason)).toContainEqual(expect.stringMatching(/^unknown: type comes from var\.t.*would be libvirt QEMU emulation \(TCG\) \(stratum 3\)/));
  });

  it('matches a condition on any element of a list', () => {
    expect(catalog.classify(workload('aws_ecs_task_definition', { requires_compatibilities: ['EC2', 'FARGATE'] }))!.technology).toBe('aws-ecs-fargate-task');
  });

  it('compares case-insensitively, and booleans with their string form', () => {
    expect(catalog.classify(workload('vsphere_virtual_machine', { nested_hv_enabled: 'true' }))!.nestedVirtualization).toBe(true);
    expect(catalog.classify(workload('aws_instance', { instance_type: 'M5.METAL' }))!.stratum).toBe(3);
  });
});

describe('catalog data errors', () => {
  it('names the file, the line and the key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'strata-catalog-'));
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, 'technologies:\n  - id: x\n    name: X\n    stratum: 4\n    stratums: 2\n');
    expect(() => loadYamlData(file, 'catalog.schema.json')).toThrow(DataError);
    try {
      loadYamlData(file, 'catalog.schema.json');
    } catch (e) {
      const message = (e as Error).message;
      expect(message).toMatch(/bad\.yaml:4: technologies\.0\.stratum: must be one of 1, 2, 3/);
      expect(message).toMatch(/bad\.yaml:2: technologies\.0: unknown key "stratums"|technologies\.0: unknown key "stratums"/);
    }
  });
});

describe('the intent vocabulary', () => {
  const vocabulary = Vocabulary.builtIn();
  it('has at least 30 intents across all three strata, each with a meaning', () => {
    expect(vocabulary.intents.size).toBeGreaterThanOrEqual(30);
    expect(new Set([...vocabulary.intents.values()].map((i) => i.stratum))).toEqual(new Set([1, 2, 3]));
  });
  it.each([
    ['web-service', 1],
    ['custom-kernel', 2],
    ['stock-os-install', 3],
  ])('maps %s to stratum %d', (intent, stratum) => {
    expect(vocabulary.resolve(intent)).toBe(stratum);
  });
  it('is valid against its schema', () => {
    expect(() => loadYamlData(join(rulesDir, 'intents.yaml'), 'intents.schema.json')).not.toThrow();
  });
});
