/**
 * The command line: argv → scan → formatted output → exit code. Exit codes:
 * 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage, config or
 * internal error.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { findRule, ruleIds, rules } from '../rules/index.js';
import { findConfig, loadConfig, STARTER_CONFIG, type Config, type FailOn } from './config.js';
import { DataError, packageRoot } from './data.js';
import { toPosix, UsageError } from './discover.js';
import { formatGithub } from './formatters/github.js';
import { formatHtml } from './formatters/html.js';
import { formatJson } from './formatters/json.js';
import { formatMarkdown } from './formatters/markdown.js';
import { inventoryJson, inventoryText } from './formatters/inventory.js';
import { formatSarif } from './formatters/sarif.js';
import { formatDiagnosticsText, formatText } from './formatters/text.js';
import type { Formatter } from './formatters/types.js';
import { fileProblems, isReported, type Level, type ScanReport } from './model.js';
import { applyBaseline, baselineOf } from './baseline.js';
import { changedFiles, onlyFiles } from './changed.js';
import { realpathOr, repositoryRootOf } from './read.js';
import { ruleText } from './ruledocs.js';
import { scan } from './scan.js';
import { scanRoot } from './scope.js';
import { guardOutput, printableLines, type Channel } from './text/escape.js';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;

const FORMATTERS: Record<string, Formatter> = { text: formatText, json: formatJson, sarif: formatSarif, github: formatGithub, markdown: formatMarkdown, html: formatHtml };
/** How each format's output is guarded on its way out (see text/escape.ts). */
const CHANNELS: Record<string, Channel> = { text: 'text', json: 'json', sarif: 'json', github: 'github', markdown: 'markdown', html: 'html' };
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
  // Nothing strata writes to stderr is a workflow command, whatever a file or argument holds.
  const io: Io = { ...rawIo, stderr: (text) => rawIo.stderr(guardOutput(text, 'text')) };
  let exitCode = EXIT_OK;
  const program = new Command()
    .name('strata')
    .description('Audit which stratum of virtualization each IaC workload runs on, and why.')
    .version(version(), '-v, --version')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: (text) => io.stderr(printableLines(text)) })
    .showHelpAfterError('(run strata --help for usage)');

  const common = (command: Command) =>
    command
      .option('-o, --output <file>', 'write the report to a file (atomically) instead of stdout')
      .option('-c, --config <file>', 'configuration file (default: the nearest .strata.yml up to the repository root)')
      .option('--exclude <pattern>', 'skip paths matching this gitignore-style pattern (repeatable)', collect, [])
      .option('--var-file <file>', 'a Terraform variable file, as with terraform -var-file (repeatable)', collect, [])
      .option('--strict-hcl', "read Terraform workloads' values with HashiCorp's own parser (slower; reports syntax errors strata's scanner lets through)")
      .option('--max-file-size <size>', 'skip larger files with a diagnostic: bytes, or with kB/MB (default: 5MB)', parseSize)
      .option('--no-color', 'never colour the output (NO_COLOR is honoured too)')
      .option('--stdin', 'scan standard input instead of paths (as does a path of -)')
      .option('--stdin-filename <name>', 'the file standard input stands for: its format and its path in reports (as ESLint)');

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
    return path ? loadConfig(path, io.cwd, ruleIds) : undefined;
  };

  common(
    program
      .command('scan')
      .description('scan paths (default: .) and report findings')
      .argument('[paths...]', 'files, directories or glob patterns', [])
      .option('-f, --format <format[=file]>', `output format: ${Object.keys(FORMATTERS).join(', ')}; format=file writes it to a file (repeatable)`, collect, [])
      .option('--max-warnings <n>', 'exit 1 when there are more than n warnings (as ESLint)', (v) => nonNegative(v, '--max-warnings'))
      .option('--baseline <file>', 'report only findings that are not in this baseline')
      .option('--write-baseline <file>', 'record the current findings as a baseline')
      .option('--no-inline-ignores', 'disregard strata-ignore comments')
      .option('--changed-since <ref>', 'report only on files changed since the merge base with this git ref')
      .addOption(new Option('--fail-on <level>', 'exit 1 when a finding is at or above this level (default: the config\'s failOn, else error)').choices(FAIL_ON))
      .option('--category <id>', 'SARIF automationDetails.id: tells code scanning runs apart')
      .option('-q, --quiet', 'report errors only'),
  ).action(async (paths: string[], opts: ScanCommandOptions & ScanOnlyOptions) => {
    const outputs = outputsOf(opts.format, opts.output);
    const targets = writeTargets(io.cwd, [...outputs.flatMap((o) => (o.file ? [o.file] : [])), ...(opts.writeBaseline ? [opts.writeBaseline] : [])]);
    const changed = opts.changedSince !== undefined ? changedFiles(io.cwd, opts.changedSince) : undefined;
    const stdin = await stdinFor(paths, opts);
    const config = configFor(stdin ? [] : paths, opts.config);
    const report = await scan({
      cwd: io.cwd,
      paths: stdin ? [] : paths,
      exclude: opts.exclude,
      varFiles: opts.varFile,
      config,
      terraformValues: opts.strictHcl ? 'hcl2json' : 'source',
      maxFileBytes: opts.maxFileSize,
      inlineIgnores: opts.inlineIgnores,
      stdin,
      onProgress: progressLine(rawIo),
    });
    // The config and the baseline were read too; rewriting the baseline itself is how it is updated.
    refuseScannedTargets(targets, report, [config?.path, opts.baseline && opts.baseline !== opts.writeBaseline ? resolve(io.cwd, opts.baseline) : undefined]);
    if (changed) onlyFiles(report, changed, io.cwd);
    if (opts.baseline) applyBaseline(report, resolve(io.cwd, opts.baseline), opts.baseline);
    if (opts.writeBaseline) emit(baselineOf(report), opts.writeBaseline, io, 'json');
    if (opts.quiet) report.findings = report.findings.filter((f) => f.level === 'error');
    for (const { format, file } of outputs) {
      const color = opts.color && io.colorByDefault && !file;
      emit(FORMATTERS[format]!(report, { rules, color, category: opts.category, toolVersion: version(), repositoryPrefix: repositoryPrefix(io.cwd) }), file, io, CHANNELS[format]!);
    }
    io.stderr(formatDiagnosticsText(report.diagnostics, opts.color && io.colorByDefault));
    const warnings = report.findings.filter((f) => isReported(f) && f.level === 'warning').length;
    const tooManyWarnings = opts.maxWarnings !== undefined && warnings > opts.maxWarnings;
    if (tooManyWarnings) io.stderr(`strata: ${warnings} warning(s), more than --max-warnings ${opts.maxWarnings}\n`);
    exitCode = failed(report, opts.failOn ?? config?.failOn ?? 'error') || tooManyWarnings ? EXIT_FINDINGS : EXIT_OK;
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
    const report = await scan({
      cwd: io.cwd,
      paths: stdin ? [] : paths,
      exclude: opts.exclude,
      varFiles: opts.varFile,
      config,
      terraformValues: opts.strictHcl ? 'hcl2json' : 'source',
      maxFileBytes: opts.maxFileSize,
      stdin,
    });
    refuseScannedTargets(targets, report, [config?.path]);
    emit(opts.format === 'json' ? inventoryJson(report) : inventoryText(report), opts.output, io, opts.format === 'json' ? 'json' : 'text');
    // The inventory runs no rules, so files it could not read are said here, with the notes.
    io.stderr(formatDiagnosticsText(fileProblems(report), opts.color && io.colorByDefault));
  });

  program
    .command('rules')
    .description('list the rules')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action((opts: { format: string }) => {
      if (opts.format === 'json') {
        io.stdout(`${JSON.stringify(rules.map((r) => ({ id: r.meta.id, level: r.meta.level, title: r.meta.title })), null, 2)}\n`);
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
    .command('explain')
    .description("print a rule's documentation")
    .argument('<rule>', 'rule id, e.g. heavier-than-needed')
    .action((id: string) => {
      const rule = findRule(id);
      if (!rule) throw new UsageError(`Unknown rule "${id}"; \`strata rules\` lists them`);
      io.stdout(ruleText(rule.meta));
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 ? EXIT_OK : EXIT_ERROR;
    }
    if (e instanceof UsageError || e instanceof DataError) {
      io.stderr(`strata: ${printableLines(e.message)}\n`);
      return EXIT_ERROR;
    }
    io.stderr(`strata: internal error: ${printableLines(e instanceof Error ? (e.stack ?? e.message) : String(e))}\n`);
    return EXIT_ERROR;
  }
}

interface ScanOnlyOptions {
  format: string[];
  failOn?: FailOn;
  category?: string;
  quiet?: boolean;
  maxWarnings?: number;
  baseline?: string;
  writeBaseline?: string;
  inlineIgnores: boolean;
  changedSince?: string;
}

interface ScanCommandOptions {
  output?: string;
  config?: string;
  exclude: string[];
  varFile: string[];
  strictHcl?: boolean;
  maxFileSize?: number;
  color: boolean;
  stdin?: boolean;
  stdinFilename?: string;
}

/** `5MB`, `500kB`, `1048576`. */
function parseSize(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?$/i.exec(value.trim());
  const unit = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 }[(match?.[2] ?? 'b').toLowerCase() as 'b'];
  const bytes = match ? Math.floor(Number(match[1]) * unit) : NaN;
  if (!Number.isFinite(bytes) || bytes < 1) throw new UsageError(`--max-file-size takes a size such as 5MB, 500kB or 1048576, not "${value}"`);
  return bytes;
}


/** `--format sarif=out.sarif --format text`: each format, and the file it goes to (none: stdout, or --output). */
function outputsOf(formats: string[], output: string | undefined): Array<{ format: string; file?: string }> {
  const parsed = (formats.length > 0 ? formats : ['text']).map((spec) => {
    const at = spec.indexOf('=');
    const format = at < 0 ? spec : spec.slice(0, at);
    if (!FORMATTERS[format]) throw new UsageError(`Unknown format "${format}": use ${Object.keys(FORMATTERS).join(', ')}`);
    return { format, file: at < 0 ? undefined : spec.slice(at + 1) || undefined };
  });
  const toStdout = parsed.filter((p) => !p.file);
  if (output) {
    if (toStdout.length !== 1) throw new UsageError('--output names one file: give it to a single --format, or write format=file for each');
    toStdout[0]!.file = output;
  } else if (toStdout.length > 1) {
    throw new UsageError('Only one format can go to stdout: write format=file for the others');
  }
  return parsed;
}

/** The working directory relative to the enclosing repository's root ('' at the root, or outside any repository). */
function repositoryPrefix(cwd: string): string {
  const root = repositoryRootOf(cwd);
  return root === undefined ? '' : toPosix(relative(root, cwd));
}

function nonNegative(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`${flag} takes a whole number of 0 or more, not "${value}"`);
  return n;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function failed(report: ScanReport, failOn: FailOn): boolean {
  if (failOn === 'none') return false;
  return report.findings.some((f) => isReported(f) && RANK[f.level] >= RANK[failOn]);
}

/**
 * Where reports will be written, real paths resolved. Two outputs onto one file would leave
 * only the last: refused before anything is scanned.
 */
function writeTargets(cwd: string, files: string[]): Map<string, string> {
  const targets = new Map<string, string>();
  for (const file of files) {
    const target = realpathOr(resolve(cwd, file));
    if (targets.has(target)) throw new UsageError(`Two outputs name the same file ${file}: give each format its own file`);
    targets.set(target, file);
  }
  return targets;
}

/** A report written over a file strata scanned or read would destroy it (a file named `--output=main.tf`…): refused. */
function refuseScannedTargets(targets: Map<string, string>, report: ScanReport, alsoRead: Array<string | undefined>): void {
  if (targets.size === 0) return;
  const read = [...report.files.map((f) => f.absolutePath), ...report.read, ...alsoRead.filter((p): p is string => p !== undefined)];
  for (const path of read) {
    const file = targets.get(realpathOr(path));
    if (file !== undefined) throw new UsageError(`Refusing to write the report to ${file}: strata scanned or read that file`);
  }
}

/** Writes to --output atomically (a temp file beside it, then rename) or to stdout; every output is guarded for its channel. */
function emit(raw: string, output: string | undefined, io: Io, channel: Channel): void {
  const text = guardOutput(raw, channel);
  if (!output) {
    io.stdout(text);
    return;
  }
  const target = resolve(io.cwd, output);
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, text);
    renameSync(temp, target);
  } catch (e) {
    rmSync(temp, { force: true });
    throw new UsageError(`Cannot write ${output}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
}
