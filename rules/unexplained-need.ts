import { isPlaceholderReason } from '../src/annotations.js';
import type { WorkloadRule } from '../src/rule.js';

export const rule: WorkloadRule = {
  scope: 'workload',
  meta: {
    id: 'unexplained-need',
    level: 'note',
    title: 'A need is declared without a reason',
    description:
      'The need says which stratum, but not why. The reason is what a reviewer weighs when someone proposes a lighter (or heavier) technology; without it the annotation is only an assertion. A placeholder reason (`TODO…`, `tbd`, `fixme`, `?`, blank), such as the one `strata annotate` writes, counts as none.',
    help: {
      fix: 'Add reason="…" to the annotation (or a strata:reason tag beside a strata:needs tag).',
      bad: '# strata: needs=hardware\nresource "vsphere_virtual_machine" "legacy" {\n  name = "legacy"\n}',
      good: '# strata: needs=hardware reason="vendor appliance ships as an unmodified OVA"\nresource "vsphere_virtual_machine" "legacy" {\n  name = "legacy"\n}',
    },
    tags: ['documentation', 'strata'],
  },
  check(w) {
    if (!w.need || !isPlaceholderReason(w.need.reason)) return [];
    const placeholder = w.need.reason !== undefined;
    return [
      {
        message: placeholder
          ? `${w.address} needs=${w.need.needs} with only a placeholder reason (${JSON.stringify(w.need.reason)}): write why in reason="…"`
          : `${w.address} needs=${w.need.needs} but says not why: add reason="…"`,
        related: [{ to: 'need' }],
      },
    ];
  },
};
