import { stratumLabel, type WorkloadRule } from '../src/rule.js';

export const rule: WorkloadRule = {
  scope: 'workload',
  meta: {
    id: 'heavier-than-needed',
    level: 'warning',
    title: 'The workload runs on a heavier stratum than it needs',
    description:
      'The technology provisions a deeper stratum of virtualization than the workload declares it needs: a VM for something a container would serve, a full hardware VM for a guest that cooperates with a hypervisor. The heavier stratum costs boot time, memory, licences and patching. Warning when one stratum heavier, error when two.',
    help: {
      fix: 'Move the workload to a technology of its needed stratum, or, if the need is really heavier, correct the annotation and say why.',
      bad: '# strata: needs=process reason="stateless HTTP API"\nresource "aws_instance" "api" {\n  instance_type = "t3.small"\n}',
      good: '# strata: needs=process reason="stateless HTTP API"\nresource "aws_ecs_task_definition" "api" {\n  requires_compatibilities = ["FARGATE"]\n}',
    },
    tags: ['cost', 'strata'],
  },
  check(w) {
    if (!w.need) return [];
    const lightest = Math.min(...w.possibleStrata) as 1 | 2 | 3;
    if (lightest <= w.need.stratum) return [];
    return [
      {
        message: `${w.address} runs on ${w.technologyName}, ${stratumLabel(w.stratum)}, but needs only ${stratumLabel(w.need.stratum)} (needs=${w.need.needs})`,
        level: lightest - w.need.stratum >= 2 ? 'error' : 'warning',
        related: [{ to: 'decision' }, { to: 'need' }],
      },
    ];
  },
};
