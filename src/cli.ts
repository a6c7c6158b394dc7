/**
 * The command line: argv → scan → formatted output → exit code. Exit codes:
 * 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage, config or
 * internal error.
 *
 * Longer than most files here because it declares every subcommand and option in one
 * place, as commander wants; where reports go is output.ts, what a scan does is scan.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { findRule, rules } from '../rules/index.js';
import { findConfig, loadConfig, STARTER_CONFIG, type Config, type FailOn } from './config.js';
import { DataError, packageRoot } from './data.js';
import { toPosix, UsageError } from './discover.js';
import { inventoryJson, inventoryText } from './formatters/inventory.js';
import { formatDiagnosticsText } from './formatters/text.js';
import { sourceLinksFrom } from './formatters/types.js';
import { fileProblems, isReported, STRATUM_NAMES, type Level, type ScanReport } from './model.js';
import { applyBaseline, baselineOf } from './baseline.js';
import { changedFiles, namedFilesInContext, onlyFiles } from './changed.js';
import { PHASES, Profile } from './profile.js';
import { repositoryRootOf } from './read.js';
import { parseSize } from './size.js';
import { ruleText } from './ruledocs.js';
import { technologyExplanation } from './catalogdocs.js';
import { carryOut } from './fix/outcome.js';
import type { FixRequest } from './fix/plan.js';
import { printConfig } from './print-config.js';
import { builtInEnvironment, environmentFor, listFiles, reportTime, scan, type ScanOptions } from './scan.js';
import { scanRoot } from './scope.js';
import { CHANNELS, emit, FORMATTERS, outputsOf, refuseScannedTargets, writeTargets } from './output.js';
import { guardOutput, printable, printableLines } from './text/escape.js';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;

const FAIL_ON = ['error', 'warning', 'note', 'none'] as const;
const RANK: Record<Level, number> = { error: 3, warning: 2, note: 1 };

export interface Io {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Colours are used only on a terminal and never when NO_COLOR is set. */
  colorByDefault: boolean;
  /** A progress line is drawn only on an interactive stderr, never in CI logs or redirected output. */
  progress?: boolean;
  /** The environment strata reads (GITHUB_* for source links, SOURCE_DATE_EPOCH); process.env by default. */
  env?: Record<string, string | undefined>;
  /** Standard input, read to its end (for `strata scan -`). */
  readStdin?: () => Promise<string>;
}

/** Past this many files a scan shows its progress (on an interactive stderr). */
const PROGRESS_FROM = 300;

function progressLine(io: Io): ((done: number, total: number) => void) | undefined {
  if (!io.progress) return undefined;
  let last = 0;
  return (done, total) => {
    if (total < PROGRESS_FROM) return;
    const now = Date.now();
    if (done < total && now - last < 100) return;
    last = now;
    // Numbers only, and the carriage return that redraws the line: written raw, past the guard.
    io.stderr(done < total ? `\rstrata: reading ${done}/${total} files…` : '\r\u001b[2K');
  };
}

function version(): string {
  return (JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Runs the CLI and resolves to the exit code; prints only through `io`. */
export async function run(argv: string[], rawIo: Io): Promise<number> {
  const env = rawIo.env ?? process.env;
  // Nothing strata writes to stderr is a workflow command, whatever a file or argument holds.
  const io: Io = { ...rawIo, stderr: (text) => rawIo.stderr(guardOutput(text, 'text')) };
  let exitCode = EXIT_OK;
  const program = new Command()
    .name('strata')
    .description('Audit which stratum of virtualization each IaC workload runs on, and why.')
    .version(`${version()} (catalog ${builtInEnvironment().catalog.version})`, '-v, --version', 'print the version of strata and of its catalog')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: (text) => io.stderr(printableLines(text)) })
    .showHelpAfterError('(run strata --help for usage)');

  const common = (command: Command) =>
    command
      .option('-o, --output <file>', 'write the report to a file (atomically) instead of stdout')
      .option('-c, --config <file>', 'configuration file (default: the nearest .strata.yml up to the repository root)')
      .option('--exclude <pattern>', 'skip paths matching this gitignore-style pattern (repeatable)', collect, [])
      .option('--var-file <file>', 'a Terraform variable file (terraform -var-file) or a Packer *.pkrvars.hcl (packer build -var-file); repeatable', collect, [])
      .option('--plan <file>', 'a Terraform plan in JSON (terraform show -json), its root module the directory it lies in (repeatable)', collect, [])
      .option('--strict-hcl', "read Terraform workloads' values with HashiCorp's own parser (slower; reports syntax errors strata's scanner lets through)")
      .option('--max-file-size <size>', 'skip larger files with a diagnostic: bytes, or with kB/MB (default: 5MB)', maxFileSize)
      .option('--color', 'colour the output even when it is not a terminal (FORCE_COLOR=1 too)')
      .option('--no-color', 'never colour the output (NO_COLOR and FORCE_COLOR=0 too)')
      .option('--stdin', 'scan standard input instead of paths (as does a path of -)')
      .option('--stdin-filename <name>', 'the file standard input stands for: its format and its path in reports (as ESLint)')
      .option(
        '--threads <n>',
        'threads that read and parse (default: STRATA_THREADS, else for 400 files or more one per idle core but one, from 3 idle cores); 1: one thread',
        (value: string) => threadCount(value),
      );

  /** Standard input to scan, when `-` or --stdin asks for it. */
  const stdinFor = async (paths: string[], opts: ScanCommandOptions): Promise<{ text: string; filename?: string } | undefined> => {
    const wanted = opts.stdin === true || paths.includes('-');
    if (!wanted) {
      if (opts.stdinFilename !== undefined) throw new UsageError('--stdin-filename names standard input: add - or --stdin');
      return undefined;
    }
    if (paths.some((p) => p !== '-')) throw new UsageError('scan standard input or paths, not both');
    if (!io.readStdin) throw new UsageError('standard input cannot be read here');
    return { text: await io.readStdin(), ...(opts.stdinFilename !== undefined ? { filename: opts.stdinFilename } : {}) };
  };

  /** The config in force: --config, else the nearest one above the first path scanned. */
  const configFor = (paths: string[], explicit: string | undefined): Config | undefined => {
    const path = explicit ? resolve(io.cwd, explicit) : findConfig(paths[0] === undefined ? io.cwd : scanRoot(resolve(io.cwd, paths[0]), io.cwd));
    return path ? loadConfig(path, io.cwd) : undefined;
  };

  /** Writes (or with dry-run shows) the fixes a scan worked out; says what it did on stderr. EXIT_FINDINGS when a file could not be written. */
  const fixed = (report: ScanReport, dryRun: boolean, color: boolean, output?: string): number => {
    const outcome = carryOut(report.fixes!, dryRun);
    if (outcome.diff !== undefined) emit(outcome.diff, output, io, 'text');
    io.stderr(formatDiagnosticsText(outcome.notes, color) + outcome.summary);
    return outcome.failed > 0 ? EXIT_FINDINGS : EXIT_OK;
  };

  /** What every scanning command takes from the common options, for these paths and config. */
  const scanOptionsOf = (opts: ScanCommandOptions, paths: string[], config: Config | undefined): ScanOptions => ({
    cwd: io.cwd,
    paths,
    exclude: opts.exclude,
    varFiles: opts.varFile,
    plans: opts.plan,
    config,
    terraformValues: opts.strictHcl ? 'hcl2json' : 'source',
    maxFileBytes: opts.maxFileSize,
    threads: opts.threads ?? threadsFromEnv(env),
  });

  common(
    program
      .command('scan')
      .description('scan paths (default: .) and report findings')
      .argument('[paths...]', 'files, directories or glob patterns', [])
      .option('-f, --format <format[=file]>', `output format: ${Object.keys(FORMATTERS).join(', ')}; format=file writes it to a file (repeatable)`, collect, [])
      .option('--max-warnings <n>', 'exit 1 when there are more than n warnings (as ESLint); -1: no limit', maxWarnings)
      .option('--baseline <file>', 'report only findings that are not in this baseline')
      .option('--write-baseline <file>', 'record the current findings as a baseline (and exit 0)')
      .option('--no-inline-ignores', 'disregard strata-ignore comments')
      .option('--fix', 'first write the fixes (needs annotated as strata annotate does, unused suppressions removed), then report what is left')
      .option('--changed-since <ref>', 'report only on files changed since the merge base with this git ref')
      .addOption(new Option('--fail-on <level>', "exit 1 when a finding is at or above this level (default: the config's failOn, else error)").choices(FAIL_ON))
      .option('--category <id>', 'SARIF automationDetails.id: tells code scanning runs apart')
      .option('-q, --quiet', 'report errors only')
      .option('--debug', 'print the time each phase took on stderr')
      .option('--print-config <file>', 'print the configuration in force for this file (as JSON) and exit')
      .option('--list-files', 'list the files a scan would read, and every path it would skip with the reason, and exit'),
  ).action(async (paths: string[], opts: ScanCommandOptions & ScanOnlyOptions) => {
    if (opts.printConfig !== undefined) {
      const levels = Object.fromEntries(rules.map((r) => [r.meta.id, r.meta.level]));
      emit(printConfig(opts.printConfig, configFor([opts.printConfig], opts.config), levels, io.cwd), undefined, io, 'json');
      return;
    }
    if (opts.listFiles) {
      const listed = listFiles({ cwd: io.cwd, paths, exclude: opts.exclude, config: configFor(paths, opts.config), maxFileBytes: opts.maxFileSize });
      emit(fileList(listed), undefined, io, 'text');
      io.stderr(formatDiagnosticsText(listed.diagnostics, colorWanted(opts.color, io)));
      return;
    }
    const outputs = outputsOf(opts.format, opts.output);
    const targets = writeTargets(io.cwd, [...outputs.flatMap((o) => (o.file ? [o.file] : [])), ...(opts.writeBaseline ? [opts.writeBaseline] : [])]);
    const changed = opts.changedSince !== undefined ? changedFiles(io.cwd, opts.changedSince) : undefined;
    const stdin = await stdinFor(paths, opts);
    const inContext = stdin ? undefined : namedFilesInContext(io.cwd, paths);
    const config = configFor(stdin ? [] : paths, opts.config);
    const profile = opts.debug ? new Profile() : undefined;
    if (opts.fix && stdin) throw new UsageError('--fix writes files: it cannot fix standard input');
    const scanOptions: ScanOptions = {
      ...scanOptionsOf(opts, stdin ? [] : (inContext?.paths ?? paths), config),
      inlineIgnores: opts.inlineIgnores,
      stdin,
      onProgress: progressLine(rawIo),
      profile,
    };
    // The config and the baseline were read too; rewriting the baseline itself is how it is updated.
    const alsoRead = [config?.path, opts.baseline && opts.baseline !== opts.writeBaseline ? resolve(io.cwd, opts.baseline) : undefined];
    if (opts.fix) {
      const toFix = await scan({ ...scanOptions, fixes: ALL_FIXES });
      // Before any fix is written: a run refused for its arguments changes nothing.
      refuseScannedTargets(targets, toFix, alsoRead);
      if (changed) onlyFiles(toFix, changed, io.cwd);
      if (inContext) onlyFiles(toFix, inContext.named, io.cwd);
      exitCode = fixed(toFix, false, colorWanted(opts.color, io));
    }
    // SARIF offers each fix to the viewer, so a SARIF report works them out.
    const report = await scan({ ...scanOptions, ...(outputs.some((o) => o.format === 'sarif') ? { fixes: ALL_FIXES } : {}) });
    refuseScannedTargets(targets, report, alsoRead);
    if (changed) onlyFiles(report, changed, io.cwd);
    if (inContext) onlyFiles(report, inContext.named, io.cwd);
    if (opts.baseline) applyBaseline(report, resolve(io.cwd, opts.baseline), opts.baseline);
    const recorded = opts.writeBaseline ? report.findings.filter(isReported).length : 0;
    if (opts.writeBaseline) emit(baselineOf(report), opts.writeBaseline, io, 'json');
    if (opts.quiet) report.findings = report.findings.filter((f) => f.level === 'error');
    const formatOptions = {
      rules,
      category: opts.category,
      toolVersion: version(),
      catalogVersion: builtInEnvironment().catalog.version,
      repositoryPrefix: repositoryPrefix(io.cwd),
      sourceLinks: sourceLinksFrom(env),
      generatedAt: reportTime(env),
    };
    const formatting = performance.now();
    for (const { format, file } of outputs) {
      const color = colorWanted(opts.color, io) && !file;
      emit(FORMATTERS[format]!(report, { ...formatOptions, color }), file, io, CHANNELS[format]!);
    }
    if (profile) io.stderr(debugTimings(profile, performance.now() - formatting, report));
    io.stderr(formatDiagnosticsText(report.diagnostics, colorWanted(opts.color, io)));
    const warnings = report.findings.filter((f) => isReported(f) && f.level === 'warning').length;
    const tooManyWarnings = opts.maxWarnings !== undefined && opts.maxWarnings >= 0 && warnings > opts.maxWarnings;
    if (tooManyWarnings) io.stderr(`strata: ${warnings} warning(s), more than --max-warnings ${opts.maxWarnings}\n`);
    exitCode = failed(report, opts.failOn ?? config?.failOn ?? 'error') || tooManyWarnings || exitCode === EXIT_FINDINGS ? EXIT_FINDINGS : EXIT_OK;
    if (opts.writeBaseline) {
      // Recording a baseline accepts today's findings: the run that records them succeeds.
      const file = printable(opts.writeBaseline);
      io.stderr(`strata: wrote ${recorded} finding(s) to the baseline ${file}; scan with --baseline ${file} to report only new ones\n`);
      exitCode = EXIT_OK;
    }
  });

  common(
    program
      .command('inventory')
      .description('list every workload: technology, stratum, need and where the need came from')
      .argument('[paths...]', 'files, directories or glob patterns', [])
      .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text')),
  ).action(async (paths: string[], opts: ScanCommandOptions & { format: string }) => {
    const targets = writeTargets(io.cwd, opts.output ? [opts.output] : []);
    const stdin = await stdinFor(paths, opts);
    const config = configFor(stdin ? [] : paths, opts.config);
    const report = await scan({ ...scanOptionsOf(opts, stdin ? [] : paths, config), stdin });
    refuseScannedTargets(targets, report, [config?.path]);
    emit(opts.format === 'json' ? inventoryJson(report) : inventoryText(report), opts.output, io, opts.format === 'json' ? 'json' : 'text');
    // The inventory runs no rules, so files it could not read are said here, with the notes.
    io.stderr(formatDiagnosticsText(fileProblems(report), colorWanted(opts.color, io)));
  });

  common(
    program
      .command('annotate')
      .description('write a need annotation above every workload that declares none: its current stratum, with reason="TODO: why"')
      .argument('[paths...]', 'files, directories or glob patterns', [])
      .option('--dry-run', 'print a unified diff of the annotations instead of writing them')
      .option('--needs <stratum|intent>', "write this need instead of each workload's current stratum"),
  ).action(async (paths: string[], opts: ScanCommandOptions & { dryRun?: boolean; needs?: string }) => {
    if (opts.stdin || paths.includes('-')) throw new UsageError('annotate writes files: it cannot annotate standard input');
    if (opts.output !== undefined && !opts.dryRun) throw new UsageError('annotate writes its annotations into the files; -o takes the --dry-run diff');
    const targets = writeTargets(io.cwd, opts.output ? [opts.output] : []);
    // Files named alone are annotated in their context, as scan judges them: a need on a module call elsewhere is a need.
    const inContext = namedFilesInContext(io.cwd, paths);
    const config = configFor(paths, opts.config);
    if (opts.needs !== undefined) {
      const stratum = environmentFor(config).vocabulary.resolve(opts.needs);
      if (typeof stratum === 'string') throw new UsageError(`--needs: ${stratum}`);
    }
    const report = await scan({
      ...scanOptionsOf(opts, inContext?.paths ?? paths, config),
      fixes: { kinds: ['declare-need'], ...(opts.needs !== undefined ? { needs: opts.needs } : {}) },
    });
    refuseScannedTargets(targets, report, [config?.path]);
    if (inContext) onlyFiles(report, inContext.named, io.cwd);
    // No rule is reported here: the files it could not read or parse, and so did not annotate, are said, as the inventory says them.
    io.stderr(formatDiagnosticsText(fileProblems(report), colorWanted(opts.color, io)));
    exitCode = fixed(report, opts.dryRun === true, colorWanted(opts.color, io), opts.output);
  });

  program
    .command('rules')
    .description('list the rules')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action((opts: { format: string }) => {
      if (opts.format === 'json') {
        io.stdout(
          `${JSON.stringify(
            rules.map((r) => ({ id: r.meta.id, level: r.meta.level, title: r.meta.title })),
            null,
            2,
          )}\n`,
        );
        return;
      }
      const width = Math.max(...rules.map((r) => r.meta.id.length));
      io.stdout(`${rules.map((r) => `${r.meta.id.padEnd(width)}  ${r.meta.level.padEnd(7)}  ${r.meta.title}`).join('\n')}\n`);
    });

  program
    .command('init')
    .description('write a commented starter .strata.yml in the working directory')
    .option('--force', 'overwrite an existing .strata.yml')
    .action((opts: { force?: boolean }) => {
      const target = join(io.cwd, '.strata.yml');
      if (existsSync(target) && !opts.force) throw new UsageError('.strata.yml already exists (use --force to overwrite it)');
      emit(STARTER_CONFIG, '.strata.yml', io, 'text');
      io.stdout('wrote .strata.yml\n');
    });

  program
    .command('intents')
    .description('list the intents needs= may name, with the stratum each stands for')
    .option('-c, --config <file>', "include this config's intents (default: the nearest .strata.yml)")
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action((opts: { format: string; config?: string }) => {
      const intents = [...environmentFor(configFor([], opts.config)).vocabulary.intents].sort(([a, x], [b, y]) => x.stratum - y.stratum || (a < b ? -1 : 1));
      if (opts.format === 'json') {
        emit(
          `${JSON.stringify(
            intents.map(([intent, { stratum, meaning }]) => ({ intent, stratum, meaning })),
            null,
            2,
          )}\n`,
          undefined,
          io,
          'json',
        );
        return;
      }
      const width = Math.max(...intents.map(([intent]) => intent.length));
      emit(
        `${intents.map(([intent, { stratum, meaning }]) => `${intent.padEnd(width)}  ${`${stratum} ${STRATUM_NAMES[stratum]}`.padEnd(10)}  ${printable(meaning)}`).join('\n')}\n`,
        undefined,
        io,
        'text',
      );
    });

  program
    .command('explain')
    .description("print a rule's documentation, what an intent means, or a catalog technology with its lighter alternatives")
    .argument('<rule-or-intent-or-technology>', 'a rule id (heavier-than-needed), an intent (custom-kernel), a technology id (aws-ec2-instance) or a kind (aws_instance)')
    .option('-c, --config <file>', "include this config's intents and catalog entries (default: the nearest .strata.yml)")
    .action((id: string, opts: { config?: string }) => {
      const rule = findRule(id);
      if (rule) {
        io.stdout(ruleText(rule.meta));
        return;
      }
      const { vocabulary, catalog } = environmentFor(configFor([], opts.config));
      const intent = vocabulary.intents.get(id.toLowerCase());
      if (!intent) {
        const technology = technologyExplanation(id, catalog);
        if (technology === undefined) throw new UsageError(`Unknown rule, intent or technology "${id}"; \`strata rules\`, \`strata intents\` and the README's catalog list them`);
        emit(technology, undefined, io, 'text');
        return;
      }
      const stratum = `${intent.stratum} (${STRATUM_NAMES[intent.stratum]})`;
      emit(
        `${printable(id.toLowerCase())}: an intent; it needs stratum ${stratum}\n\n${printable(intent.meaning)}\n\nWrite it above a workload as:\n  # strata: needs=${printable(id.toLowerCase())} reason="…"\n`,
        undefined,
        io,
        'text',
      );
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 ? EXIT_OK : EXIT_ERROR;
    }
    if (e instanceof UsageError || e instanceof DataError) {
      // One line per thing said: a name with a line break in it (a file a pull request named) stays on its line.
      const lines = e instanceof DataError && e.lines ? e.lines : [e.message];
      io.stderr(`strata: ${lines.map((line) => printable(line)).join('\n')}\n`);
      return EXIT_ERROR;
    }
    io.stderr(`strata: internal error: ${printableLines(e instanceof Error ? (e.stack ?? e.message) : String(e))}\n`);
    return EXIT_ERROR;
  }
}

/** Every kind of fix: what `scan --fix` writes and SARIF offers. */
const ALL_FIXES: FixRequest = { kinds: ['declare-need', 'remove-suppression'] };

interface ScanOnlyOptions {
  fix?: boolean;
  format: string[];
  failOn?: FailOn;
  category?: string;
  quiet?: boolean;
  maxWarnings?: number;
  baseline?: string;
  writeBaseline?: string;
  inlineIgnores: boolean;
  changedSince?: string;
  debug?: boolean;
  printConfig?: string;
  listFiles?: boolean;
}

interface ScanCommandOptions {
  output?: string;
  config?: string;
  exclude: string[];
  varFile: string[];
  plan: string[];
  strictHcl?: boolean;
  maxFileSize?: number;
  /** --color (true), --no-color (false), or neither. */
  color?: boolean;
  stdin?: boolean;
  stdinFilename?: string;
  threads?: number;
}

/** --list-files: each file with its format, then each skipped path with why. */
function fileList({ files, skipped }: ReturnType<typeof listFiles>): string {
  const lines = [
    ...files.map((f) => `scan  ${printable(f.path)}  (${f.format})`),
    ...skipped.map((s) => `skip  ${printable(s.path)}  (${printable(s.reason)})`),
    `${files.length} file(s) to scan, ${skipped.length} path(s) skipped`,
  ];
  return `${lines.join('\n')}\n`;
}

/** --debug: where the time went, phase by phase, and how much there was to do. */
function debugTimings(profile: Profile, formatMs: number, report: ScanReport): string {
  const phases: Array<[string, number]> = [...PHASES.map((phase) => [phase, profile.ms[phase]] as [string, number]), ['format', formatMs]];
  const width = Math.max(...phases.map(([name]) => name.length));
  const lines = phases.map(([name, ms]) => `strata: debug: ${name.padEnd(width)} ${ms.toFixed(1).padStart(8)} ms`);
  const threads = profile.workers > 0 ? `strata: debug: ${profile.workers} worker thread(s) read and parsed the files\n` : '';
  return `${lines.join('\n')}\n${threads}strata: debug: ${report.files.length} file(s), ${report.workloads.length} workload(s), ${report.findings.length} finding(s)\n`;
}

/** --color or --no-color, else FORCE_COLOR (`0` or `false`: never; anything else: always), else a terminal without NO_COLOR. */
function colorWanted(flag: boolean | undefined, io: Io): boolean {
  if (flag !== undefined) return flag;
  const force = (io.env ?? process.env).FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  return io.colorByDefault;
}

function maxFileSize(value: string): number {
  const bytes = parseSize(value);
  if (bytes === undefined) throw new UsageError(`--max-file-size takes a size such as 5MB, 500kB or 1048576, not "${value}"`);
  return bytes;
}

/** The working directory relative to the enclosing repository's root ('' at the root, or outside any repository). */
function repositoryPrefix(cwd: string): string {
  const root = repositoryRootOf(cwd);
  return root === undefined ? '' : toPosix(relative(root, cwd));
}

function threadCount(value: string, name = '--threads'): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${name} takes a whole number of 1 or more, not "${value}"`);
  return n;
}

/** STRATA_THREADS, when set: as --threads. */
function threadsFromEnv(env: Record<string, string | undefined>): number | undefined {
  const value = env.STRATA_THREADS;
  return value === undefined || value === '' ? undefined : threadCount(value, 'STRATA_THREADS');
}

/** A whole number of warnings allowed, or -1 for no limit (as ESLint). */
function maxWarnings(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < -1) throw new UsageError(`--max-warnings takes a whole number of 0 or more, or -1 for no limit, not "${value}"`);
  return n;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function failed(report: ScanReport, failOn: FailOn): boolean {
  if (failOn === 'none') return false;
  return report.findings.some((f) => isReported(f) && RANK[f.level] >= RANK[failOn]);
}
