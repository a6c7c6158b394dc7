/**
 * Nomad jobspecs (HCL): one workload per task, its kind the task's driver — `jail`
 * (FreeBSD jails), `docker`, `exec`, `raw_exec`, `qemu`, Firecracker drivers… Read from
 * standalone `*.nomad` / `*.nomad.hcl` files, and from Terraform `nomad_job` resources
 * (an inline heredoc, or `file(…)`/`templatefile(…)` naming a file in the repository).
 */
import { attachAnnotations, commentOnlyLines, placeDirectives, type Anchor } from '../../attach.js';
import type { Diagnostic, Fact, Workload } from '../../model.js';
import { LineIndex } from '../../text/positions.js';
import { literalReader, LiteralSyntaxError } from '../../hcl/literal.js';
import { collectFacts, header } from '../../hcl/facts.js';
import { scanDiagnostics, scanHcl, type HclBlock } from '../../hcl/scanner.js';
import type { EmbeddedDocument, ParseContext, ParsedFile } from '../types.js';

/** A jobspec: a standalone file, or one a Terraform `nomad_job` holds (see EmbeddedDocument). */
export function parseJobspec(spec: EmbeddedDocument, context: ParseContext): ParsedFile {
  const lines = new LineIndex(spec.text);
  // Blank everything outside the jobspec, so offsets are the file's own.
  const text = `${spec.text.slice(0, spec.start).replace(/[^\r\n]/g, ' ')}${spec.text.slice(spec.start, spec.end)}`;
  const scan = scanHcl(text);
  if (scan.errors.length > 0) {
    return {
      workloads: [],
      fileAnnotations: [],
      diagnostics: scanDiagnostics(scan, spec.file, lines, 'Nomad jobspec: '),
    };
  }
  const tasks: Array<{ block: HclBlock; address: string }> = [];
  for (const job of scan.blocks.filter((b) => b.type === 'job')) {
    const jobName = job.labels[0] ?? 'job';
    for (const group of job.blocks.filter((b) => b.type === 'group')) {
      for (const task of group.blocks.filter((b) => b.type === 'task'))
        tasks.push({ block: task, address: `${spec.prefix}${jobName}/${group.labels[0] ?? 'group'}/${task.labels[0] ?? 'task'}` });
    }
    for (const task of job.blocks.filter((b) => b.type === 'task')) tasks.push({ block: task, address: `${spec.prefix}${jobName}/${task.labels[0] ?? 'task'}` });
  }
  const placed = placeDirectives(spec.file, scan.comments, lines, context.annotations);
  const { owned, loose } = attachAnnotations(
    placed,
    tasks.map((t): Anchor<HclBlock> => ({ owner: t.block, start: t.block.start, end: t.block.end, line: lines.lineOf(t.block.start) })),
    commentOnlyLines(scan.comments, lines),
  );
  const read = literalReader(text);
  const workloads: Workload[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const { block, address } of tasks) {
    const facts: Fact[] = [];
    try {
      collectFacts(block, undefined, '', { file: spec.file, lines, read }, facts);
    } catch (e) {
      if (!(e instanceof LiteralSyntaxError)) throw e;
      diagnostics.push({ file: spec.file, location: lines.location(spec.file, e.offset, e.offset + 1), message: `Nomad jobspec: ${e.message}`, level: 'error' });
      continue;
    }
    const driver = facts.find((f) => f.path === 'driver')?.value;
    if (typeof driver !== 'string' || !context.knows('nomad', driver)) continue;
    workloads.push({
      format: 'nomad',
      kind: driver,
      address,
      file: spec.file,
      location: lines.location(spec.file, block.start, block.end),
      header: header(spec.file, block, text, lines),
      facts,
      annotations: [...(owned.get(block) ?? []), ...spec.inherited],
    });
  }
  return { workloads, fileAnnotations: loose.map((p) => p.annotation), diagnostics };
}

/** A standalone jobspec file. */
export function parseNomadFile(file: string, text: string, context: ParseContext): ParsedFile {
  return parseJobspec({ format: 'nomad', file, text, start: 0, end: text.length, prefix: '', inherited: [] }, context);
}
