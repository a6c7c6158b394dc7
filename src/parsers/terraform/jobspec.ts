/**
 * The jobspec of a Terraform `nomad_job`: the heredoc's content, or the file named by a
 * literal `file(…)`/`templatefile(…)` path (`${path.module}/` allowed), read from the
 * repository. Terraform finds it; the Nomad format parses it (an embedded document).
 */
import { dirname, resolve } from 'node:path';
import type { EmbeddedDocument, ParseContext } from '../types.js';

type Found = Pick<EmbeddedDocument, 'file' | 'text' | 'start' | 'end'>;

export function nomadJobspec(
  tfFile: string,
  tfAbsolutePath: string,
  text: string,
  expression: { start: number; end: number },
  context: ParseContext,
): { spec?: Found; problem?: string } {
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
