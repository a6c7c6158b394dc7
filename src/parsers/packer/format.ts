/**
 * Packer templates: HCL2 (`*.pkr.hcl`, `*.pkr.json`) with their variable files
 * (`*.pkrvars.hcl`, `*.pkrvars.json`), and legacy JSON templates — any `*.json` whose
 * first bytes open an object with a `builders` array, recognised by content.
 */
import { opensAnObject } from '../../json/opens.js';
import type { FormatModule } from '../format.js';

/** A legacy template opens with an object and names its `builders` array (`packer fix` sorts it first). */
const LEGACY = /"builders"\s*:\s*\[/;

export const packer = {
  id: 'packer',
  displayName: 'Packer',
  names: ['[^/]*\\.pkr\\.hcl', '[^/]*\\.pkr\\.json', '[^/]*\\.pkrvars\\.hcl', '[^/]*\\.pkrvars\\.json'],
  candidates: ['.*\\.json'],
  examples: ['*.pkr.hcl', '*.pkr.json', '*.pkrvars.hcl', '*.json'],
  sniff(prefix: string): boolean {
    return opensAnObject(prefix) && LEGACY.test(prefix);
  },
  lineComment: (path: string) => (path.endsWith('.json') ? undefined : '#'),
  async parse(file, text, context) {
    const name = file.path;
    if (name.endsWith('.pkrvars.hcl')) return (await import('./hcl.js')).parseVarFile(name, text);
    if (name.endsWith('.pkrvars.json')) return (await import('./json.js')).parseVarFileJson(name, text);
    if (name.endsWith('.pkr.hcl')) return (await import('./hcl.js')).parsePackerHcl(name, text, context);
    if (name.endsWith('.pkr.json')) return (await import('./json.js')).parsePackerHclJson(name, text, context);
    return (await import('./json.js')).parseLegacyTemplate(name, text, context);
  },
  async link(files, inputs) {
    return (await import('./link.js')).linkPacker(files, inputs);
  },
} as const satisfies FormatModule;
