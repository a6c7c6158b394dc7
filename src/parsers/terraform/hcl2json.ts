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
        parsed = await parser.parse(NAME, text);
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
    const parsed = await parser.parse(NAME, onlyBlocks(request.text, request.blocks));
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
