/** Nomad jobspecs: `*.nomad`, `*.nomad.hcl`, and those a Terraform `nomad_job` holds. */
import type { FormatModule } from '../format.js';

export const nomad = {
  id: 'nomad',
  displayName: 'Nomad',
  names: ['[^/]*\\.nomad', '[^/]*\\.nomad\\.hcl'],
  examples: ['*.nomad', '*.nomad.hcl'],
  lineComment: () => '#',
  async parse(file, text, context) {
    return (await import('./index.js')).parseNomadFile(file.path, text, context);
  },
  async parseEmbedded(document, context) {
    return (await import('./index.js')).parseJobspec(document, context);
  },
} as const satisfies FormatModule;
