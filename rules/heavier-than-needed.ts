import type { Alternative, ClassifiedWorkload, Stratum } from '../src/model.js';
import { stratumLabel, type WorkloadRule } from '../src/rule.js';

export const rule: WorkloadRule = {
  scope: 'workload',
  meta: {
    id: 'heavier-than-needed',
    level: 'warning',
    title: 'The workload runs on a heavier stratum than it needs',
    description:
      "The technology provisions a deeper stratum of virtualization than the workload declares it needs: a VM for something a container would serve, a full hardware VM for a guest that cooperates with a hypervisor. The heavier stratum costs boot time, memory, licences and patching. Warning when one stratum heavier, error when two. The message names the lighter technologies of the same ecosystem that serve the needed stratum (the catalog's `alternatives` for the technology; `strata explain <technology>` lists them all), or, when the catalog knows none there, the lightest that are still lighter than the technology; JSON and SARIF carry them as data.",
    help: {
      fix: 'Move the workload to a technology of its needed stratum (the message names some), or, if the need is really heavier, correct the annotation and say why.',
      bad: '# strata: needs=process reason="stateless HTTP API"\nresource "aws_instance" "api" {\n  instance_type = "t3.small"\n}',
      good: '# strata: needs=process reason="stateless HTTP API"\nresource "aws_ecs_task_definition" "api" {\n  requires_compatibilities = ["FARGATE"]\n}',
    },
    tags: ['cost', 'strata'],
  },
  check(w) {
    if (!w.need) return [];
    const lightest = Math.min(...w.possibleStrata) as Stratum;
    if (lightest <= w.need.stratum) return [];
    const alternatives = suggested(w, w.need.stratum);
    return [
      {
        message: `${w.address} runs on ${w.technologyName}, ${stratumLabel(w.stratum)}, but needs only ${stratumLabel(w.need.stratum)} (needs=${w.need.needs})${suggestion(alternatives, w.need.stratum)}`,
        level: lightest - w.need.stratum >= 2 ? 'error' : 'warning',
        related: [{ to: 'decision' }, { to: 'need' }],
        ...(alternatives.length > 0 ? { alternatives } : {}),
      },
    ];
  },
};

/**
 * The alternatives that serve the need exactly; failing those, the lightest that still serve it
 * (a step down that is not yet enough). Never a lighter one than the need: that would trade this
 * finding for lighter-than-needed.
 */
function suggested(w: ClassifiedWorkload, need: Stratum): Alternative[] {
  const serving = w.alternatives.filter((a) => a.stratum >= need);
  if (serving.length === 0) return [];
  const best = Math.min(...serving.map((a) => a.stratum));
  return serving.filter((a) => a.stratum === best);
}

/** `; for stratum 1 (process) consider A, B or C`, or for a step that is not yet enough `; lighter, at stratum 2 (os): A`. */
function suggestion(alternatives: Alternative[], need: Stratum): string {
  if (alternatives.length === 0) return '';
  const names = alternatives.map((a) => a.name);
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
  const stratum = alternatives[0]!.stratum;
  return stratum === need ? `; for ${stratumLabel(stratum)} consider ${list}` : `; lighter, at ${stratumLabel(stratum)}: ${list}`;
}
