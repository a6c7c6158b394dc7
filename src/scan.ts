/**
 * The pipeline: discover → read → parse → classify → infer needs → evaluate rules →
 * sort. Returns a ScanReport and prints nothing; the CLI and the formatters decide
 * what a person or a machine sees.
 */
import { rules as builtInRules, ruleIds } from '../rules/index.js';
import { Catalog } from './catalog.js';
import { discover, toPosix } from './discover.js';
import { compareFindings, compareLocations, evaluate } from './engine.js';
import { append } from './arrays.js';
import type { Annotation, ClassifiedWorkload, Diagnostic, Level, Need, ScanReport, SourceFile, Workload } from './model.js';
import { emptyConfig, type Config } from './config.js';
import { DataError } from './data.js';
import { resolveTerraform } from './terraform-modules.js';
import { fileDefaultOf, inferNeed } from './needs.js';
import { parseFile, parseVarFile } from './parsers/index.js';
import { hcl2jsonMilliseconds } from './parsers/terraform/hcl2json.js';
import type { ParseContext, ParsedFile } from './parsers/types.js';
import type { Profile } from './profile.js';
import { DEFAULT_MAX_FILE_BYTES, readSource, realpathOr, repositoryRootOf, type ReadPolicy, type ReadResult } from './read.js';
import { statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import type { Rule } from './rule.js';
import { Vocabulary } from './vocabulary.js';

export interface ScanOptions {
  cwd: string;
  paths: string[];
  exclude?: string[];
  /** The configuration in force (the CLI finds and loads it); none means defaults. */
  config?: Config;
  /** Terraform variable files, as with -var-file (absolute or relative to cwd). */
  varFiles?: string[];
  /** YYYY-MM-DD; defaults to SOURCE_DATE_EPOCH's day, else today (UTC). */
  today?: string;
  /** Collects wall time per phase (the benchmark's view). */
  profile?: Profile;
  /** See ParseContext.terraformValues. */
  terraformValues?: 'source' | 'hcl2json';
  /** Larger files are skipped with a diagnostic; default: the config's maxFileSize, else 5 MB. */
  maxFileBytes?: number;
  /** false: strata-ignore comments are disregarded (--no-inline-ignores). */
  inlineIgnores?: boolean;
  /** Called as files are read: how many so far, of how many. */
  onProgress?: (done: number, total: number) => void;
}

export interface Environment {
  catalog: Catalog;
  vocabulary: Vocabulary;
  rules: readonly Rule[];
}

let builtIn: Environment | undefined;

/** The catalog, vocabulary and rules that ship with strata, loaded and validated once. */
export function builtInEnvironment(): Environment {
  builtIn ??= { catalog: Catalog.builtIn(), vocabulary: Vocabulary.builtIn(), rules: builtInRules };
  return builtIn;
}

/** The built-in environment extended by a config file's intents and catalog entries. */
export function environmentFor(config: Config | undefined): Environment {
  const base = builtInEnvironment();
  if (!config || (Object.keys(config.intents).length === 0 && !config.catalog.technologies && !config.catalog.breaches)) return base;
  return {
    rules: base.rules,
    vocabulary: new Vocabulary(new Map([...base.vocabulary.intents, ...Object.entries(config.intents)])),
    catalog: new Catalog([...(config.catalog.technologies ?? []), ...base.catalog.technologies], [...base.catalog.breaches, ...(config.catalog.breaches ?? [])]),
  };
}

/** The files a scan would read, what it reads them under, and the configured paths it refused. */
function discoverFor(options: ScanOptions, config: Config, onSkip?: (absolutePath: string, reason: string) => void) {
  const maxBytes = options.maxFileBytes ?? config.maxFileSize ?? DEFAULT_MAX_FILE_BYTES;
  const { paths, refused } = options.paths.length > 0 ? { paths: options.paths, refused: [] } : configuredPaths(config, options.cwd);
  const policy: ReadPolicy = { roots: readRoots(paths, options.cwd), maxBytes };
  const discovery =
    paths.length === 0 && refused.length > 0
      ? { files: [], diagnostics: [] }
      : discover({
          cwd: options.cwd,
          paths,
          exclude: options.exclude ?? [],
          excludeFrom: { base: config.dir, patterns: config.exclude },
          names: config.files,
          readIgnoreFile: (absolutePath) => readSource(absolutePath, policy),
          onSkip,
        });
  return { policy, refused, discovery };
}

/** What a scan would read, and every path it would skip with the reason (`--list-files`); nothing is parsed. */
export function listFiles(options: ScanOptions): { files: SourceFile[]; skipped: Array<{ path: string; reason: string }>; diagnostics: Diagnostic[] } {
  const skipped = new Map<string, string>();
  const { refused, discovery } = discoverFor(options, options.config ?? emptyConfig(options.cwd), (absolutePath, reason) => {
    skipped.set(toPosix(relative(options.cwd, absolutePath)) || '.', reason);
  });
  return {
    files: discovery.files,
    skipped: [...skipped].map(([path, reason]) => ({ path, reason })).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    diagnostics: [...refused, ...discovery.diagnostics],
  };
}

export async function scan(options: ScanOptions, environment: Environment = environmentFor(options.config)): Promise<ScanReport> {
  const { catalog, vocabulary, rules } = environment;
  const config = options.config ?? emptyConfig(options.cwd);
  const profile = options.profile;
  let mark = performance.now();
  const { policy, refused, discovery } = discoverFor(options, config);
  const overrides = config.overrides.flatMap((o) => {
    if (o.needs === undefined) return [];
    const stratum = vocabulary.resolve(o.needs);
    if (typeof stratum === 'string') throw new DataError(`${o.location.file}:${o.location.startLine}: overrides: ${stratum}`);
    return [{ ...o, needs: o.needs, stratum }];
  });
  const diagnostics: Diagnostic[] = [...refused, ...discovery.diagnostics];
  const sources = new Map<string, string>();
  const reads = new Map<string, ReadResult>();
  // Every read, discovered or referenced (a jobspec, an extends source, an include, a .env),
  // is confined to the scanned directories and their repository: see read.ts.
  const readOnce = (absolutePath: string): ReadResult => {
    let result = reads.get(absolutePath);
    if (!result) {
      result = readSource(absolutePath, policy);
      reads.set(absolutePath, result);
    }
    return result;
  };
  const context: ParseContext = {
    knows: (format, kind) => catalog.knows(format, kind),
    annotations: { vocabulary, ruleIds },
    profile,
    terraformValues: options.terraformValues,
    read: readOnce,
    displayPath: (absolutePath) => toPosix(relative(options.cwd, absolutePath)),
  };
  if (profile) mark = profile.lap('discover', mark);

  const workloads: ClassifiedWorkload[] = [];
  const looseAnnotations: Annotation[] = [];
  const seen = new Set<string>();
  // Parsers start together: what they ask of hcl2json in the meantime is parsed in batches.
  const pending = discovery.files.map((file, index) => {
    options.onProgress?.(index + 1, discovery.files.length);
    const read = readOnce(file.absolutePath);
    if (profile) mark = profile.lap('read', mark);
    if (!read.ok) {
      diagnostics.push({
        file: file.path,
        location:
          read.line !== undefined
            ? { file: file.path, startLine: read.line, startColumn: read.column ?? 1, endLine: read.line, endColumn: (read.column ?? 1) + 1 }
            : undefined,
        message: read.message,
        level: 'error',
      });
      return undefined;
    }
    // A parser that fails on one file costs that file's findings, never the run's.
    const parsed = parseFile(file, read.text, context).catch((e: unknown) => crashed(file.path, e));
    if (profile) mark = profile.lap('scan', mark);
    return parsed;
  });
  const hcl2jsonBefore = profile ? hcl2jsonMilliseconds() : 0;
  const parsedFiles = await Promise.all(pending);
  const varFiles: ParsedFile[] = [];
  for (const { path, location } of config.varFiles) {
    const read = readOnce(path);
    if (read.ok) varFiles.push(await parseVarFile(context.displayPath(path), read.text));
    else diagnostics.push({ file: location.file, location, message: `varFiles: ${context.displayPath(path)}: ${read.message}`, level: 'error' });
  }
  for (const path of (options.varFiles ?? []).map((f) => resolve(options.cwd, f))) {
    const read = readOnce(path);
    if (!read.ok) throw new DataError(`Cannot read the variable file ${context.displayPath(path)}: ${read.message}`);
    varFiles.push(await parseVarFile(context.displayPath(path), read.text));
  }
  diagnostics.push(...varFiles.flatMap((f) => f.diagnostics));
  diagnostics.push(
    ...resolveTerraform(
      discovery.files.flatMap((file, i) => (parsedFiles[i] && file.format === 'terraform' ? [{ absolutePath: file.absolutePath, parsed: parsedFiles[i]! }] : [])),
      varFiles,
    ),
  );
  if (profile) {
    mark = profile.lap('scan', mark);
    const waited = hcl2jsonMilliseconds() - hcl2jsonBefore;
    profile.ms.scan -= waited;
    profile.ms.hcl2json += waited;
  }

  // A jobspec file a nomad_job reads is that resource's: its standalone reading would say it all twice.
  const claimedJobspecs = new Set(
    parsedFiles.flatMap((p) => p?.workloads ?? []).filter((w) => w.format === 'nomad' && w.address.startsWith('nomad_job.')).map((w) => w.file),
  );
  for (const [index, parsed] of parsedFiles.entries()) {
    if (!parsed) continue;
    const file = discovery.files[index]!;
    if (file.format === 'nomad' && claimedJobspecs.has(file.path)) continue;
    const absolutePath = file.absolutePath;
    const override = overrides.find((o) => o.matches(absolutePath));
    const configured: Need | undefined = override && {
      stratum: override.stratum,
      needs: override.needs,
      reason: override.reason,
      source: { kind: 'config', location: override.location },
    };
    append(diagnostics, parsed.diagnostics);
    const { fileDefault, conflicts } = fileDefaultOf(parsed.fileAnnotations);
    append(looseAnnotations, conflicts);
    for (const annotation of parsed.fileAnnotations) {
      if (annotation.kind === 'default-need') {
        if (annotation === fileDefault) looseAnnotations.push(annotation);
      } else looseAnnotations.push(annotation.kind === 'need' ? strayNeed(annotation) : annotation);
    }
    for (const workload of parsed.workloads) {
      // A file reached twice (discovered, and included by another compose file) counts once.
      const identity = `${workload.format}\u0000${workload.file}\u0000${workload.address}`;
      if (seen.has(identity)) continue;
      seen.add(identity);
      const classified = classify(workload, catalog);
      if (!classified) continue;
      const { need, conflicts: needConflicts } = inferNeed(workload, fileDefault, configured);
      classified.need = need;
      looseAnnotations.push(...needConflicts);
      workloads.push(classified);
    }
  }
  if (profile) mark = profile.lap('classify', mark);

  // The same conflict found on every workload of a module is one conflict.
  const uniqueLoose = [...new Map(looseAnnotations.map((a) => [`${a.location.file}\u0000${a.location.startLine}\u0000${a.location.startColumn}\u0000${a.kind}\u0000${a.kind === 'invalid' ? a.problem : ''}`, a])).values()];
  workloads.sort((a, b) => compareLocations(a.location, b.location) || (a.address < b.address ? -1 : 1));
  // A file strata cannot read or parse is a finding (parse-error), as in ESLint; notes stay notes.
  const problems = uniqueDiagnostics(diagnostics);
  const findings = evaluate(
    {
      workloads,
      looseAnnotations: uniqueLoose,
      fileProblems: problems.filter((d) => d.level !== 'note'),
      today: options.today ?? today(),
      levels: config.rules,
      levelsFor: pathLevels(config, options.cwd),
      inlineIgnores: options.inlineIgnores,
    },
    rules,
  ).sort(compareFindings);
  if (profile) profile.lap('rules', mark);

  for (const [absolutePath, result] of reads) if (result.ok) sources.set(context.displayPath(absolutePath), result.text);
  return { files: discovery.files, workloads, findings, diagnostics: problems.filter((d) => d.level === 'note'), sources };
}

/** Each problem once (a file reached twice says it twice), by file, line and column. */
function uniqueDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  const unique = [...new Map(diagnostics.map((d) => [`${d.file}\u0000${d.location?.startLine}\u0000${d.location?.startColumn}\u0000${d.message}`, d])).values()];
  return unique.sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      (a.location?.startLine ?? 0) - (b.location?.startLine ?? 0) ||
      (a.location?.startColumn ?? 0) - (b.location?.startColumn ?? 0),
  );
}

/** Rule levels the config's overrides set for findings in a file (later overrides win), if any do. */
function pathLevels(config: Config, cwd: string): ((file: string) => Record<string, Level | 'off'> | undefined) | undefined {
  const withRules = config.overrides.filter((o) => Object.keys(o.rules).length > 0);
  if (withRules.length === 0) return undefined;
  return (file) => {
    const absolutePath = resolve(cwd, file);
    const matching = withRules.filter((o) => o.matches(absolutePath));
    return matching.length === 0 ? undefined : Object.assign({}, config.rules, ...matching.map((o) => o.rules));
  };
}

/** What a parser's failure on one file leaves: that file's problem, located at its start. */
function crashed(file: string, e: unknown): ParsedFile {
  const reason = e instanceof RangeError ? 'it nests too deeply' : `internal error: ${e instanceof Error ? e.message : String(e)}`;
  return {
    workloads: [],
    fileAnnotations: [],
    diagnostics: [{ file, location: { file, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 }, message: `strata could not parse this file (${reason}); its findings are missing`, level: 'error' }],
  };
}

/** The directory a path argument opens: itself, a file's directory, or (for a glob) the working directory. */
export function scanRoot(absolute: string, cwd: string): string {
  try {
    return statSync(absolute).isDirectory() ? absolute : dirname(absolute);
  } catch {
    return cwd;
  }
}

/** Where reads may go: the real paths of the scanned directories and of their repositories. */
function readRoots(paths: string[], cwd: string): string[] {
  const roots = new Set<string>();
  for (const path of paths.length > 0 ? paths : ['.']) {
    const root = realpathOr(scanRoot(resolve(cwd, path), cwd));
    roots.add(root);
    const repository = repositoryRootOf(root);
    if (repository !== undefined) roots.add(realpathOr(repository));
  }
  return [...roots];
}

/**
 * The config's `include` paths, as paths to scan. The config is part of the untrusted tree, so
 * each must stay inside its repository (or, outside any, the config's directory).
 */
function configuredPaths(config: Config, cwd: string): { paths: string[]; refused: Diagnostic[] } {
  const base = realpathOr(repositoryRootOf(config.dir) ?? config.dir);
  const paths: string[] = [];
  const refused: Diagnostic[] = [];
  for (const { path, location } of config.include) {
    const real = realpathOr(path);
    if (real === base || real.startsWith(base.endsWith(sep) ? base : base + sep)) paths.push(relative(cwd, path) || '.');
    else refused.push({ file: location.file, location, message: `include: ${relative(config.dir, path)} lies outside the repository, so strata does not scan it`, level: 'error' });
  }
  return { paths, refused };
}


function classify(workload: Workload, catalog: Catalog): ClassifiedWorkload | null {
  const classification = catalog.classify(workload);
  return classification ? { ...workload, ...classification, need: null } : null;
}

/** A need that belongs to no workload is a mistake worth saying, not something to drop. */
function strayNeed(annotation: Annotation): Annotation {
  return {
    kind: 'invalid',
    problem: 'it applies to no workload: put it directly above or inside a resource the catalog knows (`strata inventory` lists them)',
    location: annotation.location,
    source: annotation.source,
  };
}

/** Now, or SOURCE_DATE_EPOCH when it is set: the same input makes the same report. */
export function reportTime(env: Record<string, string | undefined> = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
}

export function today(): string {
  return reportTime().toISOString().slice(0, 10);
}
