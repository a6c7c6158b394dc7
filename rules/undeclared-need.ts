import { STRATUM_NAMES } from '../src/model.js';
import { stratumLabel, type WorkloadRule } from '../src/rule.js';

export const rule: WorkloadRule = {
  scope: 'workload',
  meta: {
    id: 'undeclared-need',
    level: 'note',
    title: 'Nobody said which stratum the workload needs',
    description:
      'The workload is virtualized, but no annotation, tag, label or file default says which stratum it needs, so nobody can tell whether its technology is the right one. Declaring the need (and why) is what lets strata check it.',
    help: {
      fix: 'Add `strata: needs=<stratum|intent> reason="…"` in a comment directly above the workload, or a `strata:needs` tag, or a file default. `strata annotate` writes the stratum it runs on today, with a placeholder reason to replace.',
      bad: 'resource "google_compute_instance" "runner" {\n  machine_type = "n2-standard-4"\n}',
      good: '# strata: needs=os reason="CI runner builds kernel modules"\nresource "google_compute_instance" "runner" {\n  machine_type = "n2-standard-4"\n}',
    },
    tags: ['documentation', 'strata'],
  },
  check(w) {
    if (w.need) return [];
    return [
      {
        message: `${w.address} runs on ${w.technologyName}, ${stratumLabel(w.stratum)}, and declares no need: add strata: needs=<stratum|intent> reason="…"`,
        related: [{ to: 'decision' }],
        // The stratum it runs on today is the need to write down, when that stratum is certain.
        fix: { kind: 'declare-need', ...(w.possibleStrata.length === 1 ? { needs: STRATUM_NAMES[w.stratum] } : {}) },
      },
    ];
  },
};
