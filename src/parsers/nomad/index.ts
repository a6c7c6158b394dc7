/**
 * Nomad jobspecs (HCL): one workload per task, its kind the task's driver — `jail`
 * (FreeBSD jails), `docker`, `exec`, `raw_exec`, `qemu`, Firecracker drivers… Read from
 * standalone `*.nomad` / `*.nomad.hcl` files, and from Terraform `nomad_job` resources
 * (an inline heredoc, or `file(…)`/`templatefile(…)` naming a file in the repository).
 */
import { dirname, resolve } from 'node:path';
import { attachAnnotations, commentOnlyLines, placeDirectives, type Anchor } from '../../attach.js';
import type { Annotation, Diagnostic, Fact, Workload } from '../../model.js';
import { LineIndex } from '../../text/positions.js';
import { literalValue, LiteralSyntaxError } from '../terraform/literal.js';
import { collectFacts, header } from '../terraform/facts.js';
import { scanHcl, type HclBlock } from '../terraform/scanner.js';
import type { ParseContext, ParsedFile } from '../types.js';

export interface Jobspec {
  /** The file the jobspec text stands in, as reported. */
  file: string;
  /** The whole text of that file. */
  text: string;
  /** Where the jobspec starts and ends in it (a heredoc inside a .tf file, or the whole file). */
  start: number;
  end: number;
  /** Prefix for addresses: `nomad_job.web/` for a Terraform resource, `` for a standalone file. */
  prefix: string;
  /** Annotations that apply to every task (those on the nomad_job resource). */
  inherited: Annotation[];
}

export function parseJobspec(spec: Jobspec, context: ParseContext): ParsedFile {
  const lines = new LineIndex(spec.text);
  // Blank everything outside the jobspec, so offsets are the file's own.
  const text = `${spec.text.slice(0, spec.start).replace(/[^\r\n]/g, ' ')}${spec.text.slice(spec.start, spec.end)}`;
  const scan = scanHcl(text);
  if (scan.errors.length > 0) {
    return {
      workloads: [],
      fileAnnotations: [],
      diagnostics: scan.errors.map((e): Diagnostic => ({ file: spec.file, location: lines.location(spec.file, e.offset, e.end), message: `Nomad jobspec: ${e.message}`, level: 'error' })),
    };
  }
  const tasks: Array<{ block: HclBlock; address: string }> = [];
  for (const job of scan.blocks.filter((b) => b.type === 'job')) {
    const jobName = job.labels[0] ?? 'job';
    for (const group of job.blocks.filter((b) => b.type === 'group')) {
      for (const task of group.blocks.filter((b) => b.type === 'task')) tasks.push({ block: task, address: `${spec.prefix}${jobName}/${group.labels[0] ?? 'group'}/${task.labels[0] ?? 'task'}` });
    }
    for (const task of job.blocks.filter((b) => b.type === 'task')) tasks.push({ block: task, address: `${spec.prefix}${jobName}/${task.labels[0] ?? 'task'}` });
  }
  const placed = placeDirectives(spec.file, scan.comments, lines, context.annotations);
  const { owned, loose } = attachAnnotations(
    placed,
    tasks.map((t): Anchor<HclBlock> => ({ owner: t.block, start: t.block.start, end: t.block.end, line: lines.lineOf(t.block.start) })),
    commentOnlyLines(scan.comments, lines),
  );
  const workloads: Workload[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const { block, address } of tasks) {
    const facts: Fact[] = [];
    try {
      collectFacts(block, undefined, '', { file: spec.file, lines, read: (item) => literalValue(text, item.exprStart, item.exprEnd) }, facts);
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
  return parseJobspec({ file, text, start: 0, end: text.length, prefix: '', inherited: [] }, context);
}

/**
 * The jobspec of a Terraform `nomad_job`: the heredoc's content, or the file named by a
 * literal `file(…)`/`templatefile(…)` path (`${path.module}/` allowed), read from the repository.
 */
export function nomadJobspec(
  tfFile: string,
  tfAbsolutePath: string,
  text: string,
  expression: { start: number; end: number },
  context: ParseContext,
): { spec?: Omit<Jobspec, 'prefix' | 'inherited'>; problem?: string } {
  const raw = text.slice(expression.start, expression.end);
  const heredoc = /^<<-?([A-Za-z_][\w-]*)\r?\n/.exec(raw);
  if (heredoc) {
    const start = expression.start + heredoc[0].length;
    const close = raw.lastIndexOf(heredoc[1]!);
    return { spec: { file: tfFile, text, start, end: close > heredoc[0].length ? expression.start + close : expression.end } };
  }
  const call = /^(?:file|templatefile)\(\s*"((?:\$\{path\.(?:module|root)\}\/)?[^"$]+)"/.exec(raw);
  if (!call) return { problem: 'the jobspec is an expression strata cannot follow (only a heredoc, file("…") or templatefile("…", …))' };
  const relative = call[1]!.replace(/^\$\{path\.(?:module|root)\}\//, '');
  const absolute = resolve(dirname(tfAbsolutePath), relative);
  const read = context.read(absolute);
  if (!read.ok) return { problem: `the jobspec file ${relative} cannot be read: ${read.message}` };
  return { spec: { file: context.displayPath(absolute), text: read.text, start: 0, end: read.text.length } };
}
