/**
 * The bridge to @cdktf/hcl2json (HashiCorp's HCL parser compiled to WASM). Loading it
 * costs ~110 ms and installs globals, so it is imported on first use and only once;
 * it is handed only the resource blocks whose values are wanted.
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

/** hcl2json's messages name this file; a fixed name keeps them parseable whatever the real path. */
const NAME = 'input.tf';
const ERROR = /input\.tf:(\d+),(\d+)(?:-(?:(\d+),)?(\d+))?: /g;

async function hcl(): Promise<Hcl2Json> {
  loading ??= import('@cdktf/hcl2json');
  return loading;
}

/** How long one hcl2json call may take before its files get a diagnostic instead. */
export const HCL2JSON_TIMEOUT_MS = 10_000;

/** Once hcl2json has not answered in time, its runtime may be wedged: later calls fail at once. */
let unresponsive = false;

export class Timeout extends Error {}

/** hcl2json's parse with a time limit; its Go runtime yields to the event loop, so the timer can fire. */
export async function parseWithin(parser: Pick<Hcl2Json, 'parse'>, text: string, limit = HCL2JSON_TIMEOUT_MS): Promise<Record<string, unknown>> {
  if (unresponsive) throw new Timeout();
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      unresponsive = true;
      reject(new Timeout());
    }, limit);
  });
  try {
    return await Promise.race([parser.parse(NAME, text), expired]);
  } finally {
    clearTimeout(timer);
  }
}

/** One file's resource blocks whose values are wanted. */
export interface BlockRequest {
  /** The file's text. */
  text: string;
  lines: LineIndex;
  blocks: Array<{ type: string; name: string; start: number; headerEnd: number; end: number }>;
}

/** Per block of the request, the body hcl2json parsed; or the file's errors. */
export type BlockValues = { ok: true; bodies: unknown[] } | { ok: false; errors: HclError[] };

/**
 * Each hcl2json call costs about a millisecond before any parsing, so requests made in
 * the same tick are parsed together, in batches of blocks renamed so they cannot
 * collide. A batch that fails is parsed again file by file, to locate the errors in
 * each file's own coordinates.
 */
class BatchingParser {
  private queue: Array<{ request: BlockRequest; resolve: (v: BlockValues) => void }> = [];
  private scheduled = false;

  parse(request: BlockRequest): Promise<BlockValues> {
    return new Promise((resolve) => {
      this.queue.push({ request, resolve });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    const started = performance.now();
    try {
      await this.parseQueued();
    } finally {
      busy += performance.now() - started;
    }
  }

  private async parseQueued(): Promise<void> {
    const queue = this.queue;
    this.queue = [];
    this.scheduled = false;
    const parser = await hcl();
    for (const batch of batches(queue, BATCH_CHARS)) {
      const names: string[] = [];
      const text = batch
        .flatMap(({ request }) =>
          request.blocks.map((b) => {
            names.push(`strata_${names.length}`);
            return `resource "${b.type}" "${names[names.length - 1]}" ${request.text.slice(b.headerEnd - 1, b.end)}\n`;
          }),
        )
        .join('');
      let parsed: Record<string, unknown> | undefined;
      try {
        parsed = await parseWithin(parser, text);
      } catch {
        parsed = undefined;
      }
      if (parsed) {
        const resources = (parsed.resource ?? {}) as Record<string, Record<string, unknown[]>>;
        let n = 0;
        for (const { request, resolve } of batch) {
          resolve({ ok: true, bodies: request.blocks.map((b) => resources[b.type]?.[`strata_${n++}`]?.[0]) });
        }
        continue;
      }
      for (const { request, resolve } of batch) resolve(await parseAlone(parser, request));
    }
  }
}

/** Requests up to a size, so one bad file costs a bounded re-parse. */
function* batches<T extends { request: BlockRequest }>(queue: T[], limit: number): Generator<T[]> {
  let batch: T[] = [];
  let size = 0;
  for (const item of queue) {
    const chars = item.request.blocks.reduce((n, b) => n + b.end - b.start, 0);
    if (batch.length > 0 && size + chars > limit) {
      yield batch;
      batch = [];
      size = 0;
    }
    batch.push(item);
    size += chars;
  }
  if (batch.length > 0) yield batch;
}

const BATCH_CHARS = 256 * 1024;

async function parseAlone(parser: Hcl2Json, request: BlockRequest): Promise<BlockValues> {
  try {
    const parsed = await parseWithin(parser, onlyBlocks(request.text, request.blocks));
    const resources = (parsed.resource ?? {}) as Record<string, Record<string, unknown[]>>;
    // Alone, the blocks keep their own names; the scanner gave them in file order.
    const seen = new Map<string, number>();
    return {
      ok: true,
      bodies: request.blocks.map((b) => {
        const key = `${b.type}\u0000${b.name}`;
        const index = seen.get(key) ?? 0;
        seen.set(key, index + 1);
        return resources[b.type]?.[b.name]?.[index];
      }),
    };
  } catch (e) {
    if (e instanceof Timeout) {
      return {
        ok: false,
        errors: [
          { start: 0, end: 0, message: `HashiCorp's parser gave no answer within ${HCL2JSON_TIMEOUT_MS / 1000} s; the file is not scanned (without --strict-hcl it would be)` },
        ],
      };
    }
    return { ok: false, errors: parseErrors(e instanceof Error ? e.message : String(e), request.lines) };
  }
}

const batching = new BatchingParser();

let busy = 0;
/** Wall time spent in hcl2json so far in this process (the benchmark's hcl2json phase). */
export function hcl2jsonMilliseconds(): number {
  return busy;
}

export function blockValues(request: BlockRequest): Promise<BlockValues> {
  return batching.parse(request);
}

/**
 * The text of the given blocks alone, everything else blanked with spaces (line breaks
 * kept), so positions in hcl2json's errors stay the file's. The BOM goes too: hcl2json
 * would call it an invalid character.
 */
function onlyBlocks(text: string, blocks: BlockRequest['blocks']): string {
  const parts: string[] = [];
  let at = 0;
  for (const block of blocks) {
    parts.push(blank(text.slice(at, block.start)), text.slice(block.start, block.end));
    at = block.end;
  }
  parts.push(blank(text.slice(at)));
  return parts.join('');
}

function blank(text: string): string {
  return text.replace(/[^\r\n]/g, ' ');
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
