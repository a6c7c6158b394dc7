/**
 * The pipeline: discover → read → parse → classify → infer needs → evaluate rules →
 * sort. Returns a ScanReport and prints nothing; the CLI and the formatters decide
 * what a person or a machine sees.
 */
import { rules as builtInRules, ruleIds } from '../rules/index.js';
import { Catalog } from './catalog.js';
import { discover, toPosix } from './discover.js';
import { compareFindings, compareLocations, evaluate } from './engine.js';
import type { Annotation, ClassifiedWorkload, Diagnostic, Need, ScanReport, Workload } from './model.js';
import { emptyConfig, type Config } from './config.js';
import { DataError } from './data.js';
import { resolveTerraform } from './terraform-modules.js';
import { fileDefaultOf, inferNeed } from './needs.js';
import { parseFile, parseVarFile } from './parsers/index.js';
import { hcl2jsonMilliseconds } from './parsers/terraform/hcl2json.js';
import type { ParseContext } from './parsers/types.js';
import type { Profile } from './profile.js';
import { DEFAULT_MAX_FILE_BYTES, readSource, type ReadResult } from './read.js';
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

export async function scan(options: ScanOptions, environment: Environment = environmentFor(options.config)): Promise<ScanReport> {
  const { catalog, vocabulary, rules } = environment;
  const config = options.config ?? emptyConfig(options.cwd);
  const profile = options.profile;
  let mark = performance.now();
  const paths = options.paths.length > 0 ? options.paths : config.include.map((p) => relative(options.cwd, resolve(config.dir, p)) || '.');
  const discovery = discover({
    cwd: options.cwd,
    paths,
    exclude: options.exclude ?? [],
    excludeFrom: { base: config.dir, patterns: config.exclude },
    names: config.files,
  });
  const overrides = config.overrides.map((o) => {
    const stratum = vocabulary.resolve(o.needs);
    if (typeof stratum === 'string') throw new DataError(`${o.location.file}:${o.location.startLine}: overrides: ${stratum}`);
    return { ...o, stratum };
  });
  const diagnostics: Diagnostic[] = [...discovery.diagnostics];
  const sources = new Map<string, string>();
  const reads = new Map<string, ReadResult>();
  // Parsers may follow references to other files (a jobspec, an extends source, an include), but
  // only within what was asked to be scanned: a pull request must not read /etc/passwd into a report.
  const roots = (paths.length > 0 ? paths : ['.']).map((p) => scanRoot(resolve(options.cwd, p), options.cwd));
  const within = (absolutePath: string) => roots.some((root) => absolutePath === root || absolutePath.startsWith(root.endsWith(sep) ? root : root + sep));
  const readReferenced = (absolutePath: string): ReadResult =>
    within(absolutePath) ? readOnce(absolutePath) : { ok: false, message: 'it is outside the scanned paths, so strata does not read it' };
  const readOnce = (absolutePath: string): ReadResult => {
    let result = reads.get(absolutePath);
    if (!result) {
      result = readSource(absolutePath, options.maxFileBytes ?? config.maxFileSize ?? DEFAULT_MAX_FILE_BYTES);
      reads.set(absolutePath, result);
    }
    return result;
  };
  const context: ParseContext = {
    knows: (format, kind) => catalog.knows(format, kind),
    annotations: { vocabulary, ruleIds },
    profile,
    terraformValues: options.terraformValues,
    read: readReferenced,
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
    const parsed = parseFile(file, read.text, context);
    if (profile) mark = profile.lap('scan', mark);
    return parsed;
  });
  const hcl2jsonBefore = profile ? hcl2jsonMilliseconds() : 0;
  const parsedFiles = await Promise.all(pending);
  const varFiles = await Promise.all(
    [...config.varFiles, ...(options.varFiles ?? []).map((f) => resolve(options.cwd, f))].map((absolutePath) => {
      const read = readOnce(absolutePath);
      if (!read.ok) throw new DataError(`Cannot read the variable file ${context.displayPath(absolutePath)}: ${read.message}`);
      return parseVarFile(context.displayPath(absolutePath), read.text);
    }),
  );
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
    diagnostics.push(...parsed.diagnostics);
    const { fileDefault, conflicts } = fileDefaultOf(parsed.fileAnnotations);
    looseAnnotations.push(...conflicts);
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
  looseAnnotations.length = 0;
  looseAnnotations.push(...uniqueLoose);
  workloads.sort((a, b) => compareLocations(a.location, b.location) || (a.address < b.address ? -1 : 1));
  const findings = evaluate(
    { workloads, looseAnnotations, today: options.today ?? today(), levels: config.rules, inlineIgnores: options.inlineIgnores },
    rules,
  ).sort(compareFindings);
  if (profile) profile.lap('rules', mark);

  for (const [absolutePath, result] of reads) if (result.ok) sources.set(context.displayPath(absolutePath), result.text);
  const unique = new Map(diagnostics.map((d) => [`${d.file}\u0000${d.location?.startLine}\u0000${d.location?.startColumn}\u0000${d.message}`, d]));
  diagnostics.length = 0;
  diagnostics.push(...unique.values());
  diagnostics.sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      (a.location?.startLine ?? 0) - (b.location?.startLine ?? 0) ||
      (a.location?.startColumn ?? 0) - (b.location?.startColumn ?? 0),
  );
  return { files: discovery.files, workloads, findings, diagnostics, sources };
}

/** The directory a path argument opens: itself, a file's directory, or (for a glob) the working directory. */
function scanRoot(absolute: string, cwd: string): string {
  try {
    return statSync(absolute).isDirectory() ? absolute : dirname(absolute);
  } catch {
    return cwd;
  }
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

export function today(): string {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
  return date.toISOString().slice(0, 10);
}
