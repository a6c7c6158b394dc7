/**
 * The parse stage: every discovered file read (confined, once) and parsed by its format,
 * a parser's failure costing only its file; the run's variable files; then each format's
 * project stage (`link`), whose resolved facts and annotations replace the parsed ones.
 */
import { basename, resolve } from 'node:path';
import { append } from './arrays.js';
import type { Config } from './config.js';
import { DataError } from './data.js';
import { HeapGrowthBound } from './heap.js';
import type { Diagnostic, SourceFile, Workload } from './model.js';
import { FORMATS, formatByName, parseFile } from './parsers/registry.js';
import { hcl2jsonMilliseconds } from './parsers/terraform/hcl2json.js';
import { LINK_FIELDS, type ParseContext, type ParsedFile, type PlanFile, type VarFile } from './parsers/types.js';
import type { FormatModule } from './parsers/format.js';
import type { Profile } from './profile.js';
import type { OnceReader } from './scope.js';
import { parseInThreads, type Threaded, type WorkerSetup } from './threads/pool.js';

export interface ParseInput {
  files: SourceFile[];
  reader: OnceReader;
  context: ParseContext;
  config: Config;
  cwd: string;
  /** Variable files named for the run (`--var-file`): a file that cannot be read is a usage error. */
  varFiles: string[];
  /** Terraform plans in JSON named for the run (`--plan`): a file that cannot be read is a usage error. */
  plans?: string[];
  profile?: Profile;
  onProgress?: (done: number, total: number) => void;
  /** Reading and parsing on this many worker threads (more than 1), set up so; otherwise on this one. */
  threads?: { count: number; setup: WorkerSetup };
}

/** Each discovered file's parse (undefined where it could not be read), and the problems met. */
export async function parseAll(input: ParseInput): Promise<{ parsed: Array<ParsedFile | undefined>; diagnostics: Diagnostic[] }> {
  const { files, reader, context, profile } = input;
  const diagnostics: Diagnostic[] = [];
  let mark = performance.now();
  // Made first: a previous scan's bounds are lifted before any worker starts.
  const heap = new HeapGrowthBound();
  const threaded = await inThreads(input);
  if (profile && threaded) {
    profile.workers = threaded.workers;
    mark = profile.lap('scan', mark);
  }
  const parseOne = (file: SourceFile, index: number): Promise<ParsedFile | undefined> | ParsedFile | undefined => {
    if (!threaded) input.onProgress?.(index + 1, files.length);
    const read = reader.read(file.absolutePath);
    if (profile) mark = profile.lap('read', mark);
    if (!read.ok) {
      const at =
        read.line !== undefined ? { file: file.path, startLine: read.line, startColumn: read.column ?? 1, endLine: read.line, endColumn: (read.column ?? 1) + 1 } : undefined;
      diagnostics.push({ file: file.path, location: at, message: read.message, level: 'error' });
      return undefined;
    }
    const done = threaded?.results[index];
    if (done) return done.parsed;
    // A parser that fails on one file costs that file's findings, never the run's.
    return parseFile(file, read.text, context).catch((e: unknown) => crashed(file.path, e));
  };
  const hcl2jsonBefore = profile ? hcl2jsonMilliseconds() : 0;
  let parsed: Array<ParsedFile | undefined>;
  if (context.terraformValues === 'hcl2json') {
    // Parsers start together: what they ask of hcl2json in the meantime is parsed in batches.
    parsed = await Promise.all(files.map(parseOne));
  } else {
    // One file after another: what parsing a file makes and drops dies young, before the next is read.
    parsed = [];
    for (const [index, file] of files.entries()) {
      parsed.push(await parseOne(file, index));
      heap.fileParsed();
      if (profile) mark = profile.lap('scan', mark);
    }
  }
  const varFiles = readVarFiles(input, diagnostics);
  const plans = readPlans(input);
  for (const format of FORMATS as readonly FormatModule[]) {
    if (!format.link) continue;
    const own = files.flatMap((file, i) => (parsed[i] && file.format === format.id ? [{ absolutePath: file.absolutePath, parsed: parsed[i]! }] : []));
    // A variable file whose name a format claims (`x.pkrvars.hcl`) is that format's; any other (`prod.tfvars`) is offered to each.
    const offered = varFiles.filter((f) => (formatByName(basename(f.path)) ?? format.id) === format.id);
    const linked = await format.link(own, { varFiles: offered, plans, context, runtimeClasses: input.config.runtimeClasses });
    append(diagnostics, linked.diagnostics);
    for (const { parsed: file } of own) file.workloads = file.workloads.map((w): Workload => ({ ...w, ...linked.resolved.get(w) }));
    for (const [file, added] of linked.added ?? []) append(file.workloads, added);
  }
  // What only the link stage reads goes before classification: on a big tree it is a third of what parsing keeps.
  // Emptied rather than deleted: V8 may turn an object that loses a field into a slower dictionary.
  for (const file of parsed) if (file) for (const field of LINK_FIELDS) file[field] = undefined;
  if (profile) {
    profile.lap('scan', mark);
    const waited = hcl2jsonMilliseconds() - hcl2jsonBefore;
    profile.ms.scan -= waited;
    profile.ms.hcl2json += waited;
  }
  return { parsed, diagnostics };
}

/** With threads asked for: the files read and parsed by workers, their reads given to the reader (whatever no worker did is parsed here). */
async function inThreads(input: ParseInput): Promise<Threaded | undefined> {
  if (!input.threads || input.threads.count < 2 || input.files.length < 2) return undefined;
  const threaded = await parseInThreads(input.files, input.threads.count, input.threads.setup, input.onProgress);
  for (const [absolutePath, result] of threaded.reads) input.reader.provide(absolutePath, result);
  return threaded;
}

/** The config's `varFiles` (a problem at the config's line) and `--var-file`s (a usage error), read. */
function readVarFiles(input: ParseInput, diagnostics: Diagnostic[]): VarFile[] {
  const { reader, context } = input;
  const varFiles: VarFile[] = [];
  for (const { path, location } of input.config.varFiles) {
    const read = reader.read(path);
    if (read.ok) varFiles.push({ path: context.displayPath(path), text: read.text });
    else diagnostics.push({ file: location.file, location, message: `varFiles: ${context.displayPath(path)}: ${read.message}`, level: 'error' });
  }
  for (const path of input.varFiles.map((f) => resolve(input.cwd, f))) {
    const read = reader.read(path);
    if (!read.ok) throw new DataError(`Cannot read the variable file ${context.displayPath(path)}: ${read.message}`);
    varFiles.push({ path: context.displayPath(path), text: read.text });
  }
  return varFiles;
}

/** The `--plan` files, read through the confined reader. */
function readPlans(input: ParseInput): PlanFile[] {
  return (input.plans ?? []).map((path) => {
    const absolutePath = resolve(input.cwd, path);
    const read = input.reader.read(absolutePath);
    if (!read.ok) throw new DataError(`Cannot read the plan ${input.context.displayPath(absolutePath)}: ${read.message}`);
    return { path: input.context.displayPath(absolutePath), absolutePath, text: read.text };
  });
}

/** What a parser's failure on one file leaves: that file's problem, located at its start. */
export function crashed(file: string, e: unknown): ParsedFile {
  const reason = e instanceof RangeError ? 'it nests too deeply' : `internal error: ${e instanceof Error ? e.message : String(e)}`;
  return {
    workloads: [],
    fileAnnotations: [],
    diagnostics: [
      {
        file,
        location: { file, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
        message: `strata could not parse this file (${reason}); its findings are missing`,
        level: 'error',
      },
    ],
  };
}
