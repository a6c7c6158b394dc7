import { stratumLabel, type WorkloadRule } from '../src/rule.js';

export const rule: WorkloadRule = {
  scope: 'workload',
  meta: {
    id: 'nested-virtualization',
    level: 'warning',
    title: 'Nested virtualization is switched on for a workload that needs less than hardware',
    description:
      'Nested virtualization runs a hypervisor inside a guest: the workload gets the hardware stratum, with the cost and the attack surface that come with it. When the declared need is below hardware, the switch is on for nothing.',
    help: {
      fix: 'Switch nested virtualization off, or declare needs=hardware (e.g. needs=nested-hypervisor) with the reason.',
      bad: '# strata: needs=os reason="build VM"\nresource "google_compute_instance" "build" {\n  advanced_machine_features {\n    enable_nested_virtualization = true\n  }\n}',
      good: '# strata: needs=os reason="build VM"\nresource "google_compute_instance" "build" {\n  machine_type = "n2-standard-4"\n}',
    },
    tags: ['security', 'cost', 'strata'],
    securitySeverity: 5.0,
  },
  check(w) {
    if (!w.nestedVirtualization || !w.need || w.need.stratum >= 3) return [];
    return [
      {
        message: `${w.address} switches nested virtualization on, but needs only ${stratumLabel(w.need.stratum)} (needs=${w.need.needs})`,
        related: [{ to: 'decision' }, { to: 'need' }],
      },
    ];
  },
};
