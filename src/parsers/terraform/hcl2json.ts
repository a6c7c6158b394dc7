/**
 * The bridge to @cdktf/hcl2json (HashiCorp's HCL parser compiled to WASM). Loading it
 * costs ~110 ms and installs globals, so it is imported on first use and only once.
 */
import type { LineIndex } from '../../text/positions.js';

type Hcl2Json = typeof import('@cdktf/hcl2json');
let loading: Promise<Hcl2Json> | undefined;

export interface HclError {
  /** String offsets into the parsed text. */
  start: number;
  end: number;
  message: string;
}

export type HclJsonResult = { ok: true; value: Record<string, unknown> } | { ok: false; errors: HclError[] };

/** hcl2json's messages name this file; a fixed name keeps them parseable whatever the real path. */
const NAME = 'input.tf';
const ERROR = /input\.tf:(\d+),(\d+)(?:-(?:(\d+),)?(\d+))?: /g;

export async function hclToJson(text: string, lines: LineIndex): Promise<HclJsonResult> {
  loading ??= import('@cdktf/hcl2json');
  const hcl = await loading;
  try {
    return { ok: true, value: await hcl.parse(NAME, text) };
  } catch (e) {
    return { ok: false, errors: parseErrors(e instanceof Error ? e.message : String(e), lines) };
  }
}

/** `parse config: [input.tf:2,4-5: Summary; Detail. input.tf:…]` → located errors (columns are code points). */
function parseErrors(message: string, lines: LineIndex): HclError[] {
  const marks = [...message.matchAll(ERROR)];
  if (marks.length === 0) return [{ start: 0, end: 0, message: message.replace(/^parse config: /, '') }];
  return marks.map((m, i) => {
    const startLine = Number(m[1]);
    const startColumn = Number(m[2]);
    const endLine = m[3] ? Number(m[3]) : startLine;
    const endColumn = m[4] ? Number(m[4]) : startColumn + 1;
    const textEnd = i + 1 < marks.length ? marks[i + 1]!.index : message.lastIndexOf(']');
    const text = message
      .slice(m.index + m[0].length, textEnd > 0 ? textEnd : undefined)
      .trim()
      .replace(/;\s*/, ': ');
    return {
      start: lines.offsetOfCodePointColumn(startLine, startColumn),
      end: lines.offsetOfCodePointColumn(endLine, endColumn),
      message: text,
    };
  });
}
