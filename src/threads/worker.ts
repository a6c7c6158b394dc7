/**
 * A parse worker: reads (confined, as the main thread would) and parses the batches of
 * discovered files the pool sends, each file through its format's parser from the registry,
 * and answers with the parses and every read it made. Loaded as its own module (dist) or
 * by the bundle running itself as the worker (`main.ts`).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Catalog } from '../catalog.js';
import { filePathsBelow } from '../discover.js';
import type { SourceFile } from '../model.js';
import { crashed } from '../parse.js';
import { parseFile } from '../parsers/registry.js';
import type { ParseContext, ParsedFile } from '../parsers/types.js';
import type { ReadResult } from '../read.js';
import { OnceReader } from '../scope.js';
import { Vocabulary } from '../vocabulary.js';
import { isParseWorker, type BatchAnswer, type WorkerSetup } from './pool.js';
import { transferable } from './transfer.js';

if (isParseWorker()) serve(workerData.setup as WorkerSetup);

function serve(setup: WorkerSetup): void {
  const catalog = new Catalog(setup.technologies, []);
  const annotations = { vocabulary: new Vocabulary(new Map(setup.intents)), ruleIds: new Set(setup.ruleIds) };
  const displayPath = filePathsBelow(setup.cwd);
  const directories = new Map(setup.directories);
  parentPort!.on('message', async (files: Array<{ index: number; file: SourceFile }>) => {
    // A reader per batch: what it keeps (the texts) goes back to the main thread, not kept here too.
    const reads: Array<[string, ReadResult]> = [];
    const reader = new OnceReader(setup.policy, { directories, onRead: (absolutePath, result) => reads.push([absolutePath, result]) });
    const context: ParseContext = { knows: (format, kind) => catalog.knows(format, kind), annotations, read: (absolutePath) => reader.read(absolutePath), displayPath };
    const parsed: Array<[number, ParsedFile]> = [];
    for (const { index, file } of files) {
      const read = reader.read(file.absolutePath);
      if (read.ok) parsed.push([index, await parseFile(file, read.text, context).catch((e: unknown) => crashed(file.path, e))]);
    }
    const answer: BatchAnswer = { parsed: transferable(parsed), reads };
    parentPort!.postMessage(answer);
  });
}
