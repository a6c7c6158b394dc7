import { stratumLabel, type WorkloadRule } from '../src/rule.js';

export const rule: WorkloadRule = {
  scope: 'workload',
  meta: {
    id: 'lighter-than-needed',
    level: 'error',
    title: 'The workload runs on a lighter stratum than it needs',
    description:
      'The workload declares a need its technology cannot serve: a container cannot load its own kernel modules, a paravirtualized cloud VM cannot boot an unmodified or foreign-architecture OS. It will fail, or work only by accident.',
    help: {
      fix: 'Provision the workload on a technology of the needed stratum, or correct the annotation if the need was overstated.',
      bad: '# strata: needs=custom-kernel reason="loads the wireguard module"\nresource "docker_container" "vpn" {\n  image = "vpn:1.4"\n}',
      good: '# strata: needs=custom-kernel reason="loads the wireguard module"\nresource "aws_instance" "vpn" {\n  instance_type = "t3.small"\n}',
    },
    tags: ['correctness', 'strata'],
  },
  check(w) {
    if (!w.need) return [];
    const heaviest = Math.max(...w.possibleStrata) as 1 | 2 | 3;
    if (heaviest >= w.need.stratum) return [];
    return [
      {
        message: `${w.address} runs on ${w.technologyName}, ${stratumLabel(w.stratum)}, which cannot serve its need for ${stratumLabel(w.need.stratum)} (needs=${w.need.needs})`,
        related: [{ to: 'decision' }, { to: 'need' }],
      },
    ];
  },
};
