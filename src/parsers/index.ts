/** One entry point per format; parsers are imported on first use so a run pays only for what it reads. */
import type { SourceFile } from '../model.js';
import type { ParseContext, ParsedFile } from './types.js';

export async function parseFile(file: SourceFile, text: string, context: ParseContext): Promise<ParsedFile> {
  switch (file.format) {
    case 'terraform':
      if (file.path.endsWith('.tfvars')) return (await import('./terraform/hcl.js')).parseTfvars(file.path, text);
      if (file.path.endsWith('.tfvars.json')) return (await import('./terraform/json.js')).parseTfvarsJson(file.path, text);
      if (file.path.endsWith('.tf.json')) return (await import('./terraform/json.js')).parseTerraformJson(file.path, text, context);
      return (await import('./terraform/hcl.js')).parseTerraformHcl(file.path, text, context, file.absolutePath);
    case 'compose':
      return (await import('./compose/index.js')).parseCompose(file.absolutePath, text, context);
    case 'nomad':
      return (await import('./nomad/index.js')).parseNomadFile(file.path, text, context);
    case 'vagrant':
      return (await import('./vagrant/index.js')).parseVagrant(file.path, text, context);
    default:
      throw new Error(`no parser for ${file.format}`);
  }
}

/** A -var-file: .tfvars (HCL) or .tfvars.json. */
export async function parseVarFile(path: string, text: string): Promise<ParsedFile> {
  if (path.endsWith('.json')) return (await import('./terraform/json.js')).parseTfvarsJson(path, text);
  return (await import('./terraform/hcl.js')).parseTfvars(path, text);
}
