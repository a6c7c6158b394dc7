/**
 * The format registry: every input format strata reads, one line each. Adding a format is
 * a folder under `src/parsers/` with its `format.ts`, and one line here (see ARCHITECTURE.md).
 */
import type { SourceFile } from '../model.js';
import type { FormatModule } from './format.js';
import { cloudformation } from './cloudformation/format.js';
import { compose } from './compose/format.js';
import { kubernetes } from './kubernetes/format.js';
import { nomad } from './nomad/format.js';
import { packer } from './packer/format.js';
import { terraform } from './terraform/format.js';
import type { ParseContext, ParsedFile } from './types.js';
import { vagrant } from './vagrant/format.js';

// Order decides which content sniff answers first: Packer's and CloudFormation's tests are narrower than Kubernetes'.
export const FORMATS = [terraform, compose, vagrant, nomad, packer, cloudformation, kubernetes] as const;

export type Format = (typeof FORMATS)[number]['id'];

const byId: ReadonlyMap<string, FormatModule> = new Map(FORMATS.map((f) => [f.id, f]));

export function formatModule(id: Format): FormatModule {
  return byId.get(id)!;
}

/** The format whose names claim a base name, if one does. */
export function formatByName(name: string): Format | undefined {
  return NAME_MATCHERS.find(([, pattern]) => pattern.test(name))?.[0];
}

const NAME_MATCHERS: ReadonlyArray<readonly [Format, RegExp]> = FORMATS.filter((f) => f.names.length > 0).map((f) => [f.id, new RegExp(`^(?:${f.names.join('|')})$`)] as const);

/** The format whose content sniff recognises a file's first bytes, if one does. */
export function formatByContent(prefix: string): Format | undefined {
  return FORMATS.find((f: FormatModule) => f.sniff?.(prefix))?.id;
}

const CANDIDATE_MATCHERS: ReadonlyArray<readonly [FormatModule, RegExp]> = (FORMATS as readonly FormatModule[]).flatMap((f) =>
  f.candidates ? [[f, new RegExp(`^(?:${f.candidates.join('|')})$`)] as const] : [],
);

/** Whether a base name no format claims is one a format recognises by content: the walk then sniffs the file. */
export function isCandidate(name: string): boolean {
  return CANDIDATE_MATCHERS.some(([, pattern]) => pattern.test(name));
}

/** The format, among those whose `candidates` take this base name, whose sniff recognises the file's first bytes. */
export function formatOfCandidate(name: string, prefix: string): Format | undefined {
  return CANDIDATE_MATCHERS.find(([f, pattern]) => pattern.test(name) && f.sniff?.(prefix))?.[0].id as Format | undefined;
}

/** Every claimed name as one pattern over a repository path: the pre-commit hook's `files`. */
export function preCommitFilesPattern(): string {
  return `(^|/)(${FORMATS.flatMap((f): readonly string[] => f.names).join('|')})$`;
}

/** A file's parse, with the documents of other formats it holds parsed by their own formats. */
export async function parseFile(file: SourceFile, text: string, context: ParseContext): Promise<ParsedFile> {
  const parsed = await formatModule(file.format).parse(file, text, context);
  for (const document of parsed.embedded ?? []) {
    const inner = await formatModule(document.format).parseEmbedded!(document, context);
    for (const w of inner.workloads) parsed.workloads.push(w);
    for (const d of inner.diagnostics) parsed.diagnostics.push(d);
    for (const a of inner.fileAnnotations) parsed.fileAnnotations.push(a);
  }
  return parsed;
}
