import type { WorkloadRule } from '../src/rule.js';

export const rule: WorkloadRule = {
  scope: 'workload',
  meta: {
    id: 'isolation-breach',
    level: 'warning',
    title: 'A process-stratum workload gives up its own isolation',
    description:
      "Containers, pods and jails are isolated by the host kernel's namespaces, cgroups, capabilities and seccomp. Running privileged, sharing the host's PID or network namespace, adding SYS_ADMIN or handing over /dev/kvm or the Docker socket removes that isolation: the workload can reach the host. Fires for workloads whose processes run on the host's kernel (containers, jails, pods — also a container that runs a VM of its own through /dev/kvm) when the declared need is process, or undeclared.",
    help: {
      fix: 'Drop the privilege (grant the one capability or device actually needed), or, if the workload really needs the host, give it the stratum that says so: a VM.',
      bad: 'resource "docker_container" "agent" {\n  image      = "agent:2"\n  privileged = true\n}',
      good: 'resource "docker_container" "agent" {\n  image = "agent:2"\n  capabilities {\n    add = ["NET_ADMIN"]\n  }\n}',
    },
    tags: ['security', 'strata'],
    securitySeverity: 7.5,
  },
  check(w) {
    if (!w.sharesHostKernel || w.isolationBreaches.length === 0 || (w.need && w.need.stratum > 1)) return [];
    const what = w.isolationBreaches.map((b) => b.reason).join('; ');
    return [{ message: `${w.address} runs on ${w.technologyName} but drops its isolation: ${what}`, related: [{ to: 'breaches' }, { to: 'need' }] }];
  },
};
