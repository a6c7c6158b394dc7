/**
 * Reading and parsing on more than one core: worker threads take the discovered files in
 * batches, in order, as each finishes its last, and the answers are put back at each
 * file's index, so what follows (link, classify, rules, sort) sees exactly what one thread
 * would have made. A worker that cannot start or that dies leaves its batch undone, and
 * the caller parses what is undone itself: a crash costs time, never a file.
 */
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { isMainThread, Worker, workerData } from 'node:worker_threads';
import type { Technology } from '../catalog.js';
import type { SourceFile } from '../model.js';
import type { ParsedFile } from '../parsers/types.js';
import type { ReadPolicy, ReadResult } from '../read.js';
import type { Intent } from '../vocabulary.js';
import { arrived, type Transferable } from './transfer.js';

/** Below this many files a scan stays on one thread by default: starting workers would cost more than they save. */
export const AUTO_THREADS_FROM = 400;
const MAX_AUTO_THREADS = 4;
/** Fewer idle cores than this, and a scan stays on one thread by default (see `threadsFor`). */
const AUTO_THREADS_IDLE_CORES = 3;

/** What a worker needs to parse as the main thread does: the read confinement and the catalog and vocabulary in force. */
export interface WorkerSetup {
  policy: ReadPolicy;
  /** The walk's real paths of directories (see OnceReader). */
  directories: Array<[string, string | null]>;
  cwd: string;
  technologies: Technology[];
  intents: Array<[string, Intent]>;
  ruleIds: string[];
}

/** A worker's answer to a batch: the parse of each file it could read (by index), and every read it made. */
export interface BatchAnswer {
  parsed: Transferable<Array<[number, ParsedFile]>>;
  reads: Array<[string, ReadResult]>;
}

const MARK = 'strataParseWorker';

/** Whether this thread is a parse worker the pool started. */
export function isParseWorker(): boolean {
  return !isMainThread && (workerData as Record<string, unknown> | null)?.[MARK] === true;
}

/**
 * How many threads parse `files` files: the number asked for, else (auto) one worker per idle
 * core (the cores less the load average) but one, up to 4, once the tree is big enough and
 * three cores are idle. While workers parse, the main thread waits, and each worker loads the
 * parsers and warms up its own JIT: on a 2-core machine two workers took 1.9 s of wall time on
 * the corpus where the main thread alone took 1.2 s. The core left over runs V8's collector
 * and compiler for the workers. On a machine already busy a worker only adds its start-up
 * and the copying of its answers to the CPU time.
 */
export function threadsFor(files: number, asked: number | undefined, cores = availableParallelism(), load = loadavg()[0]!): number {
  if (asked !== undefined) return Math.max(1, Math.floor(asked));
  if (files < AUTO_THREADS_FROM) return 1;
  const idle = cores - Math.round(load);
  return idle < AUTO_THREADS_IDLE_CORES ? 1 : Math.min(idle - 1, MAX_AUTO_THREADS);
}

declare const STRATA_BUNDLE: boolean | undefined;

/** The bundle is one file, which runs itself as the worker; compiled, the worker is its own module. */
function workerEntry(): URL {
  return typeof STRATA_BUNDLE !== 'undefined' ? new URL(import.meta.url) : new URL('./worker.js', import.meta.url);
}

export interface Threaded {
  /** Per file index: its parse (`parsed` absent when it could not be read), or undefined when no worker did it. */
  results: Array<{ parsed?: ParsedFile } | undefined>;
  /** Every read the workers made (the discovered files, and the files they refer to). */
  reads: Array<[string, ReadResult]>;
  /** How many workers answered. */
  workers: number;
}

export async function parseInThreads(files: SourceFile[], threads: number, setup: WorkerSetup, onProgress?: (done: number, total: number) => void): Promise<Threaded> {
  const results: Threaded['results'] = new Array(files.length);
  const reads: Threaded['reads'] = [];
  // Small enough that the threads finish together, large enough that messages stay few.
  const size = Math.min(256, Math.max(8, Math.ceil(files.length / (threads * 12))));
  let next = 0;
  let done = 0;
  let workers = 0;
  const runWorker = () =>
    new Promise<void>((resolve) => {
      let batch: { start: number; end: number } | undefined;
      const send = (worker: Worker) => {
        if (next >= files.length) {
          batch = undefined;
          void worker.terminate();
          resolve();
          return;
        }
        batch = { start: next, end: Math.min(files.length, next + size) };
        next = batch.end;
        worker.postMessage(files.slice(batch.start, batch.end).map((file, i) => ({ index: batch!.start + i, file })));
      };
      let worker: Worker;
      const entry = workerEntry();
      // Run from the TypeScript sources (the tests) there is no worker module to start.
      if (!existsSync(fileURLToPath(entry))) {
        resolve();
        return;
      }
      try {
        // The main thread's stack (about 1 MB): a file too deep for it is too deep here too.
        worker = new Worker(entry, { workerData: { [MARK]: true, setup }, resourceLimits: { stackSizeMb: 1.2 } });
      } catch {
        resolve();
        return;
      }
      let answered = false;
      worker.on('message', (answer: BatchAnswer) => {
        if (!answered) workers++;
        answered = true;
        const { start, end } = batch!;
        for (let i = start; i < end; i++) results[i] = {};
        for (const [index, parsed] of arrived(answer.parsed)) results[index] = { parsed };
        for (const read of answer.reads) reads.push(read);
        done += end - start;
        onProgress?.(done, files.length);
        send(worker);
      });
      // Its batch stays undone: the caller parses it.
      worker.on('error', () => undefined);
      worker.on('exit', () => resolve());
      send(worker);
    });
  await Promise.all(Array.from({ length: Math.min(threads, Math.ceil(files.length / size)) }, runWorker));
  return { results, reads, workers };
}
