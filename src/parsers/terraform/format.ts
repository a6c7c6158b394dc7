/**
 * Terraform and OpenTofu (and their variable files): `.tf`, `.tf.json`, `.tofu`, `.tofu.json`,
 * `terraform.tfvars`, `*.auto.tfvars`. Where `main.tofu` and `main.tf` sit side by side,
 * OpenTofu reads the first and ignores the second; so does strata.
 */
import type { FormatModule } from '../format.js';
import { loadInstalled } from './installed.js';
import { openTofuSibling } from './opentofu.js';
import { resolveTerraform } from './modules.js';
import { readPlan } from './plan.js';

export const terraform = {
  id: 'terraform',
  displayName: 'Terraform',
  names: ['[^/]*\\.tf', '[^/]*\\.tf\\.json', '[^/]*\\.tofu', '[^/]*\\.tofu\\.json', 'terraform\\.tfvars(\\.json)?', '[^/]+\\.auto\\.tfvars(\\.json)?'],
  examples: ['*.tf', '*.tf.json', '*.tofu', '*.tofu.json', 'terraform.tfvars', '*.auto.tfvars'],
  shadowedBy(name) {
    const sibling = openTofuSibling(name);
    return sibling === undefined ? undefined : { sibling, reason: `OpenTofu reads ${sibling} in its place` };
  },
  lineComment: (path: string) => (path.endsWith('.json') ? undefined : '#'),
  async parse(file, text, context) {
    if (file.path.endsWith('.tfvars')) return (await import('./hcl.js')).parseTfvars(file.path, text);
    if (file.path.endsWith('.tfvars.json')) return (await import('./json.js')).parseTfvarsJson(file.path, text);
    if (file.path.endsWith('.tf.json') || file.path.endsWith('.tofu.json')) return (await import('./json.js')).parseTerraformJson(file.path, text, context);
    return (await import('./hcl.js')).parseTerraformHcl(file.path, text, context, file.absolutePath);
  },
  async link(files, { varFiles, plans, context }) {
    const parsed = await Promise.all(varFiles.map((f) => parseVarFile(f.path, f.text)));
    const installed = await loadInstalled(files, context);
    const read = plans.map((p) => readPlan(p));
    const planned = { plans: read.flatMap((r) => (r.plan ? [r.plan] : [])), knows: (type: string) => context.knows('terraform', type) };
    const linked = resolveTerraform(files, parsed, installed, planned);
    const problems = read.flatMap((r) => (r.diagnostic ? [r.diagnostic] : []));
    return { ...linked, diagnostics: [...parsed.flatMap((f) => f.diagnostics), ...problems, ...installed.diagnostics, ...linked.diagnostics] };
  },
} as const satisfies FormatModule;

/** A -var-file: .tfvars (HCL) or .tfvars.json. */
async function parseVarFile(path: string, text: string) {
  if (path.endsWith('.json')) return (await import('./json.js')).parseTfvarsJson(path, text);
  return (await import('./hcl.js')).parseTfvars(path, text);
}
