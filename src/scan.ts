/**
 * The pipeline: discover → read → parse → classify → infer needs → evaluate rules →
 * sort. Returns a ScanReport and prints nothing; the CLI and the formatters decide
 * what a person or a machine sees.
 */
import { rules as builtInRules } from '../rules/index.js';
import { append } from './arrays.js';
import { Catalog } from './catalog.js';
import { emptyConfig, overridesFor, ruleLevelsFor, type Config } from './config.js';
import { DataError } from './data.js';
import { discover, filePathsBelow, formatMatcher, toPosix, UsageError, type Discovery } from './discover.js';
import { compareFindings, compareLocations, evaluate } from './engine.js';
import type { Annotation, ClassifiedWorkload, Diagnostic, Level, Need, NeedAnnotation, ScanReport, SourceFile, Workload } from './model.js';
import { distinctAnnotations, fileLevelAnnotations, inferNeed } from './needs.js';
import { planFixes, type FixRequest } from './fix/plan.js';
import { parseAll } from './parse.js';
import { SNIFF_BYTES } from './parsers/format.js';
import { formatByContent, parseFile } from './parsers/registry.js';
import type { ParseContext } from './parsers/types.js';
import type { Profile } from './profile.js';
import { DEFAULT_MAX_FILE_BYTES, readSource } from './read.js';
import type { Rule } from './rule.js';
import { OnceReader, scopeOf, writeRoots } from './scope.js';
import { threadsFor } from './threads/pool.js';
import { relative, resolve } from 'node:path';
import { Vocabulary } from './vocabulary.js';

export interface ScanOptions {
  cwd: string;
  paths: string[];
  exclude?: string[];
  /** The configuration in force (the CLI finds and loads it); none means defaults. */
  config?: Config;
  /** Terraform variable files, as with -var-file (absolute or relative to cwd). */
  varFiles?: string[];
  /** Terraform plans in JSON (`terraform show -json`), absolute or relative to cwd. */
  plans?: string[];
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
  /**
   * Standard input (`strata scan -`): its text is scanned instead of `paths`, as the file
   * `filename` (relative to cwd; its name, else its content, gives the format) would be.
   */
  stdin?: { text: string; filename?: string };
  /** Work out the fixes of these kinds (`Finding.fix`, `ScanReport.fixes`); nothing is written here. */
  fixes?: FixRequest;
  /**
   * Threads that read and parse (workers; the output is the same whatever the number):
   * 1 keeps it all on this thread; default: see `threadsFor` (one per idle core but one, from
   * three idle cores, for a tree of 400 files or more). `--strict-hcl` stays on one thread.
   */
  threads?: number;
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

/** The files a scan would read, under what scope, with every skipped path said to `onSkip` and every ignore file read to `onIgnoreFile`. */
function discoverFor(options: ScanOptions, config: Config, onSkip?: (absolutePath: string, reason: string) => void, onIgnoreFile?: (absolutePath: string) => void) {
  const scope = scopeOf(options.cwd, options.paths, config, options.maxFileBytes ?? config.maxFileSize ?? DEFAULT_MAX_FILE_BYTES);
  const discovery: Discovery = options.stdin
    ? stdinDiscovery(options.cwd, options.stdin, config)
    : scope.paths.length === 0 && scope.refused.length > 0
      ? { files: [], diagnostics: [] }
      : discover({
          cwd: options.cwd,
          paths: scope.paths,
          exclude: options.exclude ?? [],
          excludeFrom: { base: config.dir, patterns: config.exclude },
          names: config.files,
          readIgnoreFile: (absolutePath, directories) => {
            onIgnoreFile?.(absolutePath);
            return readSource(absolutePath, scope.policy, directories);
          },
          onSkip,
        });
  return { scope, discovery };
}

/** What a scan would read, and every path it would skip with the reason (`--list-files`); nothing is parsed. */
export function listFiles(options: ScanOptions): { files: SourceFile[]; skipped: Array<{ path: string; reason: string }>; diagnostics: Diagnostic[] } {
  const skipped = new Map<string, string>();
  const { scope, discovery } = discoverFor(options, options.config ?? emptyConfig(options.cwd), (absolutePath, reason) => {
    skipped.set(toPosix(relative(options.cwd, absolutePath)) || '.', reason);
  });
  return {
    files: discovery.files,
    skipped: [...skipped].map(([path, reason]) => ({ path, reason })).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    diagnostics: [...scope.refused, ...discovery.diagnostics],
  };
}

export async function scan(options: ScanOptions, environment: Environment = environmentFor(options.config)): Promise<ScanReport> {
  const { catalog, vocabulary, rules } = environment;
  const config = options.config ?? emptyConfig(options.cwd);
  const profile = options.profile;
  let mark = performance.now();
  const ignoreFiles: string[] = [];
  const { scope, discovery } = discoverFor(options, config, undefined, (absolutePath) => ignoreFiles.push(absolutePath));
  const overrides = configuredNeeds(config, vocabulary);
  const reader = new OnceReader(scope.policy, { directories: new Map(discovery.realDirectories) });
  if (options.stdin) {
    const bytes = Buffer.byteLength(options.stdin.text);
    reader.provide(
      discovery.files[0]!.absolutePath,
      bytes > scope.policy.maxBytes
        ? { ok: false, message: `Skipped: standard input is ${bytes} bytes, larger than the ${scope.policy.maxBytes}-byte limit` }
        : { ok: true, text: options.stdin.text },
    );
  }
  const displayPath = filePathsBelow(options.cwd);
  const context: ParseContext = {
    knows: (format, kind) => catalog.knows(format, kind),
    annotations: { vocabulary, ruleIds: new Set(rules.map((r) => r.meta.id)) },
    profile,
    terraformValues: options.terraformValues,
    read: (absolutePath) => reader.read(absolutePath),
    displayPath,
  };
  if (profile) mark = profile.lap('discover', mark);

  const parse = await parseAll({
    files: discovery.files,
    reader,
    context,
    config,
    cwd: options.cwd,
    varFiles: options.varFiles ?? [],
    plans: options.plans,
    profile,
    onProgress: options.onProgress,
    threads:
      options.terraformValues === 'hcl2json'
        ? undefined
        : {
            count: threadsFor(discovery.files.length, options.threads),
            setup: {
              policy: scope.policy,
              directories: [...(discovery.realDirectories ?? [])],
              cwd: options.cwd,
              technologies: catalog.technologies,
              intents: [...vocabulary.intents],
              ruleIds: rules.map((r) => r.meta.id),
            },
          },
  });
  mark = performance.now();
  const diagnostics: Diagnostic[] = [...scope.refused, ...discovery.diagnostics, ...parse.diagnostics];
  const workloads: ClassifiedWorkload[] = [];
  const loose: Annotation[] = [];
  const seen = new Set<string>();
  const reportedModuleConflicts = new WeakSet<NeedAnnotation[]>();
  // A file another file holds as an embedded document (a jobspec a nomad_job reads) is that
  // file's: its standalone reading would say it all twice.
  const claimed = new Set(parse.parsed.flatMap((p, i) => (p?.embedded ?? []).filter((d) => d.file !== discovery.files[i]!.path).map((d) => `${d.format}\u0000${d.file}`)));
  for (const [index, parsed] of parse.parsed.entries()) {
    const file = discovery.files[index]!;
    if (!parsed || claimed.has(`${file.format}\u0000${file.path}`)) continue;
    append(diagnostics, parsed.diagnostics);
    const { fileDefault, loose: fileLoose } = fileLevelAnnotations(parsed.fileAnnotations);
    append(loose, fileLoose);
    const configured = overrides.find((o) => o.matches(file.absolutePath))?.need;
    for (const workload of parsed.workloads) {
      // A file reached twice (discovered, and included by another compose file) counts once.
      const identity = `${workload.format}\u0000${workload.file}\u0000${workload.address}`;
      if (seen.has(identity)) continue;
      seen.add(identity);
      const classified = classify(workload, catalog);
      if (!classified) continue;
      const { need, conflicts } = inferNeed(workload, fileDefault, configured, reportedModuleConflicts);
      classified.need = need;
      append(loose, conflicts);
      workloads.push(classified);
    }
  }
  if (profile) mark = profile.lap('classify', mark);

  workloads.sort((a, b) => compareLocations(a.location, b.location) || (a.address < b.address ? -1 : 1));
  // A file strata cannot read or parse is a finding (parse-error), as in ESLint; notes stay notes.
  const problems = uniqueDiagnostics(diagnostics);
  const findings = evaluate(
    {
      workloads,
      looseAnnotations: distinctAnnotations(loose),
      fileProblems: problems.filter((d) => d.level !== 'note'),
      today: options.today ?? today(),
      levels: config.rules,
      levelsFor: pathLevels(config, options.cwd),
      inlineIgnores: options.inlineIgnores,
    },
    rules,
  ).sort(compareFindings);
  if (profile) profile.lap('rules', mark);
  const sources = reader.sources(displayPath);
  // Standard input is no file to fix.
  const fixes =
    options.fixes && !options.stdin
      ? await planFixes(
          {
            files: discovery.files,
            findings,
            sources,
            broken: new Set(problems.filter((d) => d.level !== 'note').map((d) => d.file)),
            policy: {
              roots: writeRoots(scope.paths, options.cwd),
              maxBytes: scope.policy.maxBytes,
            },
          },
          options.fixes,
          // A context of its own: parsers keep what they parsed per context (compose), and this text is new.
          (file, text) => parseFile(file, text, { ...context }),
        )
      : undefined;
  return {
    files: discovery.files,
    workloads,
    findings,
    diagnostics: problems.filter((d) => d.level === 'note'),
    sources,
    read: [...reader.paths(), ...ignoreFiles.map((path) => ({ path }))],
    ...(fixes ? { fixes } : {}),
  };
}

/** The config's overrides that set a need, each with the need it gives the files it matches. */
function configuredNeeds(config: Config, vocabulary: Vocabulary): Array<{ matches: (absolutePath: string) => boolean; need: Need }> {
  return config.overrides.flatMap((o) => {
    if (o.needs === undefined) return [];
    const stratum = vocabulary.resolve(o.needs);
    if (typeof stratum === 'string') throw new DataError(`${o.location.file}:${o.location.startLine}: overrides: ${stratum}`);
    return [{ matches: o.matches, need: { stratum, needs: o.needs, reason: o.reason, source: { kind: 'config' as const, location: o.location } } }];
  });
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
  if (!config.overrides.some((o) => Object.keys(o.rules).length > 0)) return undefined;
  return (file) => {
    const matching = overridesFor(config, resolve(cwd, file)).filter((o) => Object.keys(o.rules).length > 0);
    return matching.length === 0 ? undefined : ruleLevelsFor(config, matching);
  };
}

function classify(workload: Workload, catalog: Catalog): ClassifiedWorkload | null {
  const classification = catalog.classify(workload);
  return classification ? { ...workload, ...classification, need: null } : null;
}

/** Now, or SOURCE_DATE_EPOCH when it is set: the same input makes the same report. */
export function reportTime(env: Record<string, string | undefined> = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
}

export function today(): string {
  return reportTime().toISOString().slice(0, 10);
}

/** Standard input as the one file of a scan: named by --stdin-filename, its format from that name or its content. */
function stdinDiscovery(cwd: string, stdin: NonNullable<ScanOptions['stdin']>, config: Config): Discovery {
  const path = stdin.filename ?? '<stdin>';
  const absolutePath = resolve(cwd, path);
  const format = (stdin.filename ? formatMatcher(config.files)(absolutePath) : undefined) ?? formatByContent(stdin.text.slice(0, SNIFF_BYTES));
  if (!format) {
    throw new UsageError(
      `standard input${stdin.filename ? ` (${stdin.filename})` : ''} is not a format strata reads: name it with --stdin-filename (main.tf, compose.yaml, …), or pipe Kubernetes manifests, known by their content`,
    );
  }
  return { files: [{ path: toPosix(relative(cwd, absolutePath)), absolutePath, format }], diagnostics: [] };
}
