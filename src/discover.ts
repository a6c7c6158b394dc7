/**
 * Finds the IaC files under the given paths: a readdir walk that never descends into
 * ignored directories (.git, node_modules, .terraform, .gitignore'd ones, --exclude),
 * follows symlinks only while they stay inside the scanned root, and stops at loops.
 * Arguments that are glob patterns are expanded with fast-glob. The result is sorted
 * POSIX paths relative to the working directory.
 */
import { existsSync, lstatSync, readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { createRequire } from 'node:module';
import ignore, { type Ignore } from 'ignore';
import { globBase, globMatcher } from './glob.js';
import type { Diagnostic, Format, SourceFile } from './model.js';
import { SNIFF_BYTES } from './parsers/format.js';
import { FORMATS, formatByContent, formatByName, formatModule, formatOfCandidate, isCandidate } from './parsers/registry.js';
import { readPrefix, realpathOr, repositoryRootOf, within, type ReadResult, type RealDirectories } from './read.js';

export interface DiscoverOptions {
  cwd: string;
  paths: string[];
  /** gitignore-style patterns, relative to the working directory. */
  exclude: string[];
  /** More gitignore-style patterns relative to another directory (the config file's). */
  excludeFrom?: { base: string; patterns: string[] };
  /** Extra file-name globs per format (from the config file). */
  names?: Partial<Record<Format, string[]>>;
  /**
   * Reads a .gitignore (untrusted like every file of the tree: confined and size-checked), given
   * the real paths of the directories the walk has resolved, so that no read resolves a deep path again.
   */
  readIgnoreFile: (absolutePath: string, directories: RealDirectories) => ReadResult;
  /** Told of each directory, and each file under a name strata reads, that the walk skips, and why (--list-files). */
  onSkip?: (absolutePath: string, reason: string) => void;
}

export interface Discovery {
  files: SourceFile[];
  diagnostics: Diagnostic[];
  /** The real path of each directory the walk read (as `realpath` gave it then): the reader starts from them. */
  realDirectories?: ReadonlyMap<string, string | null>;
}

export class UsageError extends Error {}

const ALWAYS_SKIPPED = new Set(['.git', 'node_modules', '.terraform']);

/**
 * How deep below a scan root the walk goes. Every file is checked against the .gitignore of
 * each directory above it, so a chain of directories each with its own .gitignore costs the
 * square of its depth per file; no real repository nests this deep, and past it the walk
 * stops with a located warning.
 */
const MAX_WALK_DEPTH = 64;

export type FormatOf = (path: string) => Format | undefined;

/** The format a file name belongs to: the built-in names, then any extra globs per format. */
export function formatMatcher(extra: Partial<Record<Format, string[]>> = {}): FormatOf {
  const matchers = (Object.entries(extra) as Array<[Format, string[]]>).filter(([, globs]) => globs.length > 0).map(([format, globs]) => [format, globMatcher(globs)] as const);
  return (path) => {
    const name = basename(path);
    return formatByName(name) ?? matchers.find(([, match]) => match(name))?.[0];
  };
}

export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

interface IgnoreLayer {
  /** Directory the .gitignore sits in, absolute. */
  base: string;
  rules: Ignore;
  /** How many rules it applies. */
  count: number;
}

/** A .gitignore read into a layer (its directory added by the caller), given how many rules it may still apply. */
type IgnoreFileReader = (file: string, left: number) => Omit<IgnoreLayer, 'base'> | undefined;

/**
 * Rules of the .gitignore files in force for one path, all told. Every path the walk keeps is
 * tested against each of them, so rules times files is the walk's cost: real files hold tens of
 * rules, but 8,000 rules over 8,000 files took 25 s. The files are counted from the repository's
 * root down; past the budget, a file's later rules are not applied (their files are scanned),
 * and a located warning says from which line.
 */
const MAX_IGNORE_RULES = 1_000;

/**
 * A line the `ignore` package reads as a rule: once one CR and the trailing spaces that no
 * backslash escapes are gone (tabs stay), neither empty nor a comment. A loop, not a regular
 * expression: a line of a million spaces must not be tried from every one of them.
 */
function isIgnoreRule(line: string): boolean {
  let end = line.endsWith('\r') ? line.length - 1 : line.length;
  while (end > 0 && line[end - 1] === ' ' && line[end - 2] !== '\\') end--;
  return end > 0 && line[0] !== '#';
}

function inForce(layers: readonly IgnoreLayer[]): number {
  return layers.reduce((sum, layer) => sum + layer.count, 0);
}

export function discover(options: DiscoverOptions): Discovery {
  const found = new Map<string, SourceFile>();
  const diagnostics: Diagnostic[] = [];
  const realDirectories: RealDirectories = new Map();
  // The directories the walk listed, and in them the regular files under a name strata reads
  // (ignored or excluded too): what a shadowing sibling is checked against without an lstat.
  const listed: Listed = { directories: new Set(), files: new Set() };
  const formatOfFile = formatMatcher(options.names);
  const excludes = [
    { base: options.cwd, rules: ignore().add(options.exclude), any: options.exclude.length > 0, by: '--exclude' },
    {
      base: options.excludeFrom?.base ?? options.cwd,
      rules: ignore().add(options.excludeFrom?.patterns ?? []),
      any: (options.excludeFrom?.patterns.length ?? 0) > 0,
      by: "the config's exclude",
    },
  ].filter((e) => e.any);
  const skip = options.onSkip ?? (() => undefined);
  const isExcluded = (absolute: string, isDirectory: boolean) => {
    const by = excludes.find(({ base, rules }) => {
      const rel = below(base, absolute);
      if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return false;
      return rules.ignores(isDirectory ? `${rel}/` : rel);
    })?.by;
    if (by) skip(absolute, `excluded by ${by}`);
    return by !== undefined;
  };
  const shown = filePathsBelow(options.cwd);
  const add = (absolute: string, format = formatOfFile(absolute)) => {
    if (!format) return;
    const path = shown(absolute);
    found.set(path, { path, absolutePath: absolute, format });
  };

  for (const argument of options.paths.length > 0 ? options.paths : ['.']) {
    const absolute = resolve(options.cwd, argument);
    // fast-glob is required only when an argument is a pattern.
    const fastGlob = existsSync(absolute) ? undefined : (createRequire(import.meta.url)('fast-glob') as typeof import('fast-glob'));
    if (fastGlob?.isDynamicPattern(argument)) {
      // A pattern (perhaps from the config: untrusted) reaches no further than its static base:
      // `{good,..}/*` must not walk out of the repository. Unreadable directories are passed over.
      const base = realpathOr(resolve(options.cwd, globBase(argument)));
      const matches = fastGlob
        .sync(toPosix(argument), { cwd: options.cwd, dot: true, absolute: true, followSymbolicLinks: false, suppressErrors: true })
        .filter((match) => within(base, realpathOr(match)));
      // As ESLint does: a pattern that matches nothing is a mistake, not a clean run.
      if (matches.length === 0) throw new UsageError(`No files match the pattern ${argument}`);
      for (const match of matches) {
        if (!isExcluded(match, false)) add(resolve(match));
      }
      continue;
    }
    let stats: import('node:fs').Stats;
    try {
      stats = statSync(absolute);
    } catch {
      throw new UsageError(`No such file or directory: ${argument}`);
    }
    if (stats.isFile()) {
      // A file named on the command line is scanned whatever the ignore files say, as ESLint does.
      // No name rule claims it: ask the content (a Vagrantfile template named tpl/debian.rb).
      const prefix = formatOfFile(absolute) || !isConfined(absolute) ? undefined : readPrefix(absolute, SNIFF_BYTES, true);
      const format = formatOfFile(absolute) ?? (prefix === undefined ? undefined : formatByContent(prefix));
      if (format) add(absolute, format);
      else throw new UsageError(`${argument} is not a file strata reads (${[...new Set(FORMATS.flatMap((f) => f.examples.slice(0, 2)))].join(', ')}, …)`);
      continue;
    }
    const root = realpathSync(absolute);
    const report = (d: Diagnostic) => diagnostics.push(d);
    const ignoreFile: IgnoreFileReader = (file, left) => {
      const read = options.readIgnoreFile(file, realDirectories);
      if (!read.ok) {
        report({ file: toPosix(relative(options.cwd, file)), message: `Ignore rules not read: ${read.message}`, level: 'warning' });
        return undefined;
      }
      const lines = read.text.split('\n');
      let count = 0;
      for (const [index, line] of lines.entries()) {
        if (!isIgnoreRule(index === 0 ? line.replace(/^\uFEFF/, '') : line)) continue;
        if (count === left) {
          const shown = toPosix(relative(options.cwd, file));
          const at = { file: shown, startLine: index + 1, startColumn: 1, endLine: index + 1, endColumn: 2 };
          report({
            file: shown,
            location: at,
            message: `More than ${MAX_IGNORE_RULES} .gitignore rules in force here: this rule and those after it are not applied`,
            level: 'warning',
          });
          return { rules: ignore().add(lines.slice(0, index).join('\n')), count };
        }
        count++;
      }
      return { rules: ignore().add(read.text), count };
    };
    const walker = new Walker(root, ancestorIgnores(absolute, ignoreFile), isExcluded, add, report, options.cwd, formatOfFile, ignoreFile, skip, realDirectories, listed);
    walker.walkAll(absolute);
  }

  const discovered = new Set(Array.from(found.values(), (file) => file.absolutePath));
  const files = [...found.values()].filter((file) => {
    const shadow = shadowOf(file, (absolute) => discovered.has(absolute) || isListedFile(absolute));
    if (shadow === undefined) return true;
    diagnostics.push({ file: file.path, message: `Not scanned: ${shadow}`, level: 'note' });
    skip(file.absolutePath, shadow);
    return false;
  });
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, diagnostics, realDirectories };

  /** A regular file, by the listing of its directory when the walk read it and the name is one a format reads (only those are kept), else by an lstat. */
  function isListedFile(absolute: string): boolean {
    if (listed.files.has(absolute)) return true;
    return listed.directories.has(dirname(absolute)) && formatOfFile(absolute) !== undefined ? false : isRegularFile(absolute);
  }
}

/**
 * Why a file's format ignores it, when a sibling in its directory takes its place (OpenTofu's
 * `main.tofu` over `main.tf`): the sibling counts when the scan found it or it is a regular
 * file there, found or not (a `.tofu` file the scan excludes still hides its `.tf` from the tool).
 */
function shadowOf(file: SourceFile, isRegularSibling: (absolutePath: string) => boolean): string | undefined {
  const shadowedBy = formatModule(file.format).shadowedBy;
  if (!shadowedBy) return undefined;
  // A discovered path is absolute and normalized: its directory and name are a cut at the last separator.
  const cut = file.absolutePath.lastIndexOf(sep) + 1;
  const shadow = shadowedBy(file.absolutePath.slice(cut));
  if (shadow === undefined) return undefined;
  return isRegularSibling(file.absolutePath.slice(0, cut) + shadow.sibling) ? shadow.reason : undefined;
}

/** What the walk's listings showed: the directories it read, and their regular files under a name a format reads. */
interface Listed {
  directories: Set<string>;
  files: Set<string>;
}

/**
 * Symlinks inside the root are followed only after the real tree has been walked, so a
 * file reached both ways is reported once, under its real path.
 */
class Walker {
  private readonly visited = new Set<string>();
  private readonly filesSeen = new Set<string>();
  private readonly deferred: Array<{ path: string; real: string; isDirectory: boolean; layers: IgnoreLayer[]; depth: number }> = [];

  constructor(
    private readonly root: string,
    private readonly inherited: IgnoreLayer[],
    private readonly isExcluded: (absolute: string, isDirectory: boolean) => boolean,
    private readonly add: (absolute: string, format?: Format) => void,
    private readonly report: (d: Diagnostic) => void,
    private readonly cwd: string,
    private readonly formatOf: FormatOf,
    private readonly ignoreFile: IgnoreFileReader,
    private readonly skip: (absolutePath: string, reason: string) => void,
    private readonly realDirectories: RealDirectories,
    private readonly listed: Listed,
  ) {}

  /** Whether a .gitignore rules the path out; if so, the walk is told which one. */
  private ignored(layers: IgnoreLayer[], path: string, isDirectory: boolean): boolean {
    const by = ignoredBy(layers, path, isDirectory);
    if (by !== undefined) this.skip(path, `ignored by ${this.shown(join(by, '.gitignore'))}`);
    return by !== undefined;
  }

  walkAll(directory: string): void {
    this.walk(directory, this.root, this.inherited, 0);
    for (let i = 0; i < this.deferred.length; i++) {
      const link = this.deferred[i]!;
      if (link.isDirectory) this.walk(link.path, link.real, link.layers, link.depth);
      else this.addFile(link.path, link.real);
    }
  }

  private addFile(path: string, real: string, format?: Format): void {
    if (this.filesSeen.has(real)) return;
    this.filesSeen.add(real);
    this.add(path, format);
  }

  /**
   * A file only a format's `candidates` name (`deploy.yaml`): its first bytes, read from the
   * regular file the walk found inside the root, decide. What no sniff recognises is passed over silently.
   */
  private sniffed(path: string, name: string, real: string): void {
    if (this.filesSeen.has(real)) return;
    const prefix = readPrefix(path, SNIFF_BYTES);
    const format = prefix === undefined ? undefined : formatOfCandidate(name, prefix);
    if (format) this.addFile(path, real, format);
  }

  /** `depth`: how many directories below the scan root this one is. */
  private walk(directory: string, real: string, layers: IgnoreLayer[], depth: number, helmTemplates = false): void {
    if (this.visited.has(real)) return;
    this.visited.add(real);
    if (depth > MAX_WALK_DEPTH) {
      const reason = `Not scanned: more than ${MAX_WALK_DEPTH} directories below the scanned one`;
      this.report({ file: this.shown(directory), message: reason, level: 'warning' });
      this.skip(directory, reason);
      return;
    }
    this.realDirectories.set(directory, real);
    let entries: Dirent[];
    try {
      entries = readdirSync(directory, { withFileTypes: true });
    } catch (e) {
      this.report({ file: this.shown(directory), message: `Cannot read directory: ${(e as NodeJS.ErrnoException).code ?? String(e)}`, level: 'warning' });
      return;
    }
    this.listed.directories.add(directory);
    // As git does, a .gitignore is read only when it is a regular file, never through a symlink.
    const own = entries.find((e) => e.name === '.gitignore' && e.isFile());
    const read = own && this.ignoreFile(join(directory, '.gitignore'), MAX_IGNORE_RULES - inForce(layers));
    if (read) layers = [...layers, { base: directory, ...read }];
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    // A Helm chart's templates are Go templates, not manifests: never sniffed, said once per chart.
    const chart = entries.some((e) => e.name === 'Chart.yaml' && e.isFile()) && entries.some((e) => e.name === 'templates' && e.isDirectory());
    if (chart && !this.isExcluded(join(directory, 'templates'), true) && ignoredBy(layers, join(directory, 'templates'), true) === undefined) {
      this.report({
        file: this.shown(join(directory, 'Chart.yaml')),
        message: 'A Helm chart: its templates/ are not scanned; pipe the rendered manifests in (helm template <release> <chart> > rendered.yaml, then strata scan rendered.yaml)',
        level: 'note',
      });
    }
    for (const entry of entries) {
      const name = entry.name;
      if (entry.isSymbolicLink()) {
        this.symlink(name, childPath(directory, name), layers, depth + 1);
        continue;
      }
      const isDirectory = entry.isDirectory();
      if (isDirectory && ALWAYS_SKIPPED.has(name)) {
        this.skip(childPath(directory, name), `${name} is never scanned`);
        continue;
      }
      const format = isDirectory ? undefined : this.formatOf(name);
      const candidate = !isDirectory && format === undefined && !helmTemplates && isCandidate(name);
      // Most entries of a repository are no file strata reads: passed over before any path is made for them.
      if (!isDirectory && format === undefined && !candidate) continue;
      const path = childPath(directory, name);
      if (format !== undefined && entry.isFile()) this.listed.files.add(path);
      if (this.ignored(layers, path, isDirectory) || this.isExcluded(path, isDirectory)) continue;
      if (!isDirectory && !entry.isFile()) {
        if (format !== undefined) this.report({ file: this.shown(path), message: 'Skipped: not a regular file (a FIFO, device or socket)', level: 'warning' });
        continue;
      }
      if (isDirectory) this.walk(path, childPath(real, name), layers, depth + 1, helmTemplates || (chart && name === 'templates'));
      else if (candidate) this.sniffed(path, name, childPath(real, name));
      else this.addFile(path, childPath(real, name), format);
    }
  }

  private symlink(name: string, path: string, layers: IgnoreLayer[], depth: number): void {
    let real: string;
    let isDirectory: boolean;
    let regular: boolean;
    try {
      real = realpathSync(path);
      const stats = statSync(real);
      isDirectory = stats.isDirectory();
      regular = stats.isFile();
    } catch {
      // A dangling link under a name strata reads is a file that cannot be read: say so.
      if (this.formatOf(name) && !this.ignored(layers, path, false) && !this.isExcluded(path, false)) {
        this.report({ file: this.shown(path), message: 'Cannot read the file: it is a dangling symlink', level: 'warning' });
      }
      return;
    }
    if (isDirectory ? ALWAYS_SKIPPED.has(name) : !this.formatOf(name)) return;
    if (this.ignored(layers, path, isDirectory) || this.isExcluded(path, isDirectory)) return;
    if (!within(this.root, real)) {
      this.report({ file: this.shown(path), message: 'Not followed: this symlink points outside the scanned directory', level: 'note' });
      return;
    }
    if (!isDirectory && !regular) {
      this.report({ file: this.shown(path), message: 'Skipped: the symlink leads to something that is not a regular file', level: 'warning' });
      return;
    }
    this.deferred.push({ path, real, isDirectory, layers, depth });
  }

  private shown(path: string): string {
    return toPosix(relative(this.cwd, path));
  }
}

/** `join(directory, name)` for a normalized directory and an entry name, without join's per-character normalizing. */
function childPath(directory: string, name: string): string {
  return directory.endsWith(sep) ? directory + name : directory + sep + name;
}

/**
 * Files' paths relative to `base`, POSIX, as `below` gives them. For a file outside `base` (a
 * tree scanned from elsewhere) its directory's prefix (`../x/`) is kept, and worked out from
 * its parent's: one `relative` for the whole tree, not one per directory.
 */
export function filePathsBelow(base: string): (path: string) => string {
  const prefixes = new Map<string, string>();
  const prefixOf = (directory: string): string => {
    let prefix = prefixes.get(directory);
    if (prefix !== undefined) return prefix;
    // Up to a directory already worded, or to one only `relative` words: `base`, what is above it
    // ('..', '../..'), a root. Below that, each directory is its parent's prefix and its own name.
    const names: string[] = [];
    let at = directory;
    for (;;) {
      prefix = prefixes.get(at);
      if (prefix !== undefined) break;
      const parent = dirname(at);
      if (parent === at || isSelfOrAbove(at, base)) {
        const relativeDirectory = toPosix(relative(base, at));
        prefix = relativeDirectory === '' ? '' : `${relativeDirectory}/`;
        prefixes.set(at, prefix);
        break;
      }
      names.push(at.slice(parent.length + (parent.endsWith(sep) ? 0 : 1)));
      at = parent;
    }
    for (let i = names.length - 1; i >= 0; i--) {
      at = childPath(at, names[i]!);
      prefix = `${prefix}${names[i]}/`;
      prefixes.set(at, prefix);
    }
    return prefix;
  };
  return (path) => {
    const under = sliceBelow(base, path);
    if (under !== undefined) return under;
    const directory = dirname(path);
    return prefixOf(directory) + path.slice(directory.length + (directory.endsWith(sep) ? 0 : 1));
  };
}

/** `directory` is `path` or one of the directories above it. */
function isSelfOrAbove(directory: string, path: string): boolean {
  return path === directory || path.startsWith(directory.endsWith(sep) ? directory : directory + sep);
}

/** `path` relative to `base`, POSIX; a plain slice in the usual case of a path under its base. */
function below(base: string, path: string): string {
  return sliceBelow(base, path) ?? toPosix(relative(base, path));
}

/** The slice of a path under its base, when it is under it. */
function sliceBelow(base: string, path: string): string | undefined {
  return path.length > base.length && path.startsWith(base) && path[base.length] === sep ? toPosix(path.slice(base.length + 1)) : undefined;
}

/** The directory of the .gitignore that rules a path out, or undefined when none does. */
function ignoredBy(layers: IgnoreLayer[], path: string, isDirectory: boolean): string | undefined {
  let by: string | undefined;
  for (const layer of layers) {
    const rel = below(layer.base, path);
    if (rel === '' || rel.startsWith('..')) continue;
    const result = layer.rules.test(isDirectory ? `${rel}/` : rel);
    // Deeper .gitignore files override shallower ones, negations included.
    if (result.ignored) by = layer.base;
    else if (result.unignored) by = undefined;
  }
  return by;
}

/** .gitignore files of the directories above the scanned one, up to the repository root. */
function ancestorIgnores(directory: string, ignoreFile: IgnoreFileReader): IgnoreLayer[] {
  if (existsSync(join(directory, '.git'))) return [];
  // Nearest first, while the repository root is looked for.
  const bases: string[] = [];
  for (let dir = dirname(directory), child = directory; dir !== child; child = dir, dir = dirname(dir)) {
    if (isRegularFile(join(dir, '.gitignore'))) bases.push(dir);
    // Only the scanned directory's own repository counts. Its files are read from the root down,
    // as the walk goes on below them: the budget of rules goes to the outer files first.
    if (existsSync(join(dir, '.git'))) {
      const layers: IgnoreLayer[] = [];
      for (const base of bases.reverse()) {
        const read = ignoreFile(join(base, '.gitignore'), MAX_IGNORE_RULES - inForce(layers));
        if (read) layers.push({ base, ...read });
      }
      return layers;
    }
  }
  return [];
}

/** A regular file, not reached through a symlink (git reads no .gitignore through one). */
function isRegularFile(path: string): boolean {
  try {
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
}

/** A file named on the command line whose real path stays in its directory or that directory's repository: only such a file is sniffed. */
function isConfined(absolutePath: string): boolean {
  const real = realpathOr(absolutePath);
  const home = realpathOr(dirname(absolutePath));
  const repository = repositoryRootOf(home);
  return within(home, real) || (repository !== undefined && within(realpathOr(repository), real));
}
