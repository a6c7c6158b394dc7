/**
 * What a scan may touch: the paths it scans (from the command line, or the config's
 * `include`, which must stay inside the repository), the roots every read is confined to,
 * and the reader that reads each file once and keeps its text for code frames.
 */
import { lstatSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import type { Config } from './config.js';
import type { Diagnostic } from './model.js';
import { globBase } from './glob.js';
import { directRealPath, readSource, realpathOr, repositoryRootOf, within, type ReadPolicy, type ReadResult, type RealDirectories } from './read.js';

export interface Scope {
  paths: string[];
  /** Config `include` paths refused for leaving the repository. */
  refused: Diagnostic[];
  policy: ReadPolicy;
}

export function scopeOf(cwd: string, paths: string[], config: Config, maxBytes: number): Scope {
  const { paths: scanned, refused } = paths.length > 0 ? { paths, refused: [] } : configuredPaths(config, cwd);
  return { paths: scanned, refused, policy: { roots: readRoots(scanned, cwd), maxBytes } };
}

/** Reads each file once per scan, confined by the policy; keeps what it read for code frames. */
export class OnceReader {
  private readonly reads = new Map<string, ReadResult>();
  private readonly directories: RealDirectories;
  private readonly onRead?: (absolutePath: string, result: ReadResult) => void;

  /**
   * `directories`: real paths of directories already known (the walk's), so that reading their
   * files needs no `realpath` of its own; the reader adds those it resolves. `onRead` is told
   * of each file as it is first read (a parse worker passes its reads on).
   */
  constructor(
    private readonly policy: ReadPolicy,
    options: { directories?: RealDirectories; onRead?: (absolutePath: string, result: ReadResult) => void } = {},
  ) {
    this.directories = options.directories ?? new Map();
    this.onRead = options.onRead;
  }

  read(absolutePath: string): ReadResult {
    let result = this.reads.get(absolutePath);
    if (!result) {
      result = readSource(absolutePath, this.policy, this.directories);
      this.reads.set(absolutePath, result);
      this.onRead?.(absolutePath, result);
    }
    return result;
  }

  /** A file's text given rather than read here (standard input, scanned as the file it names; a worker's read). */
  provide(absolutePath: string, result: ReadResult): void {
    this.reads.set(absolutePath, result);
  }

  /** Every file read or refused, absolute, with its real path where the read proved it (opened with no symlink of its own in a directory whose real path it knew). */
  paths(): Array<{ path: string; real?: string }> {
    return Array.from(this.reads, ([path, result]) => {
      const real = result.ok && result.direct ? directRealPath(path, this.directories) : undefined;
      return real === undefined ? { path } : { path, real };
    });
  }

  /** The text of every file read, by the name reports give it. */
  sources(displayPath: (absolutePath: string) => string): Map<string, string> {
    const sources = new Map<string, string>();
    for (const [absolutePath, result] of this.reads) if (result.ok) sources.set(displayPath(absolutePath), result.text);
    return sources;
  }
}

/** The directory a path argument opens: itself, a file's directory, or (for a glob) its static base. */
export function scanRoot(absolute: string, cwd: string): string {
  try {
    return statSync(absolute).isDirectory() ? absolute : dirname(absolute);
  } catch {
    const base = resolve(cwd, globBase(relative(cwd, absolute)));
    return base === absolute ? cwd : base;
  }
}

/**
 * Where fixes may be written: the real path of each scanned directory, unless a symbolic link
 * the tree may have put there lies on its path, or a `.git` (`strata annotate .git` writes
 * nothing). A pull request controls its tree, so the `infra/` a workflow names may be a link
 * to anywhere: reads there stay confined as every read is, but nothing is written through it.
 */
export function writeRoots(paths: string[], cwd: string): string[] {
  const roots: string[] = [];
  for (const path of paths.length > 0 ? paths : ['.']) {
    const root = scanRoot(resolve(cwd, path), cwd);
    const real = realpathOr(root);
    if (!throughTreeLink(root, cwd) && ![root, real].some((p) => p.split(sep).includes('.git'))) roots.push(real);
  }
  return roots;
}

/**
 * Whether a symbolic link on the path lies where a tree's author could have put it: inside a
 * repository, or, for a tree in none, below the working directory. Links above the repository
 * (a symlinked home, macOS's /tmp) are the user's own.
 */
function throughTreeLink(path: string, cwd: string): boolean {
  const inRepository = repositoryRootOf(path) !== undefined;
  for (let dir = path; dirname(dir) !== dir; dir = dirname(dir)) {
    if (!isSymbolicLink(dir)) continue;
    if (inRepository ? repositoryRootOf(dirname(dir)) !== undefined : within(cwd, dirname(dir))) return true;
  }
  return false;
}

function isSymbolicLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
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

/** A `..` path segment, alone or as an alternative of a brace pattern. */
const PARENT_IN_PATTERN = /(^|[\\/{,])\.\.(?=$|[\\/},])/;

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
    // A `..` left in a pattern (`{src,..}/**`) would have the glob walk the parent directory, and from there anything.
    if (PARENT_IN_PATTERN.test(path)) {
      refused.push({
        file: location.file,
        location,
        message: `include: ${relative(config.dir, path)} names a parent directory (..) inside a pattern, so strata does not scan it`,
        level: 'error',
      });
    } else if (within(base, real)) paths.push(relative(cwd, path) || '.');
    else refused.push({ file: location.file, location, message: `include: ${relative(config.dir, path)} lies outside the repository, so strata does not scan it`, level: 'error' });
  }
  return { paths, refused };
}
