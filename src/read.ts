/**
 * Reading a file of the scanned tree — discovered, or referenced by another — into text,
 * or saying why it cannot be read. Every byte of the tree is untrusted, so each read is
 * confined: the path's real location (after every symlink) lies inside one of the allowed
 * roots and outside any `.git` directory, it is a regular file (a FIFO would block, a
 * device never end), and no more than the size limit is ever read. A refusal names the
 * reason, never anything of the file it would have read.
 *
 * UTF-16 files (with their BOM) are decoded; a UTF-8 BOM is kept as the first character,
 * which parsers treat as whitespace, so columns stay true to the file.
 */
import { closeSync, constants, existsSync, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { isAscii } from 'node:buffer';
import { basename, dirname, join, sep } from 'node:path';

export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;

/** `missing`: nothing is there (a reference to an optional file, such as a `.env`, may say nothing then). */
/**
 * `direct`: the file was opened as its directory's real path and its own name, following no
 * symlink, so that is its real path (what `--output` is checked against, with no `realpath` per file).
 */
export type ReadResult = { ok: true; text: string; direct?: true } | { ok: false; message: string; line?: number; column?: number; missing?: boolean };

/** Where reads may go, and how much each may take. */
export interface ReadPolicy {
  /** Real paths of the directories a read may reach: the scan roots and the repository root. */
  roots: readonly string[];
  maxBytes: number;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Opening never waits for a FIFO's writer, and never follows a link swapped in after the check. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

/**
 * Real paths of directories, kept by a reader across its reads: many files share a directory,
 * and one `realpath` of the directory then stands for one per file (see `openInRealDirectory`).
 */
export type RealDirectories = Map<string, string | null>;

export function readSource(absolutePath: string, policy: ReadPolicy, directories?: RealDirectories): ReadResult {
  const opened = directories && openInRealDirectory(absolutePath, policy, directories);
  const bytes = opened === undefined ? openAndRead(absolutePath, policy) : readOpened(opened, policy);
  return Buffer.isBuffer(bytes) ? decode(bytes, opened !== undefined) : bytes;
}

/** The file's bytes, or why they are not read. */
export function readConfined(absolutePath: string, policy: ReadPolicy): Buffer | { ok: false; message: string; missing?: boolean } {
  return openAndRead(absolutePath, policy);
}

/**
 * The file opened through its directory's real path, or undefined whenever that is not
 * provably the same as resolving the whole path (then the caller does). It is when the file
 * itself is no symlink: O_NOFOLLOW refuses to open one, so an open that succeeds opened
 * exactly the real path checked here. Anything else (a symlink, a missing file, a refusal)
 * goes the long way, which also words the refusal.
 */
function openInRealDirectory(absolutePath: string, policy: ReadPolicy, directories: RealDirectories): number | undefined {
  if (!constants.O_NOFOLLOW) return undefined;
  const cut = absolutePath.lastIndexOf(sep);
  const name = absolutePath.slice(cut + 1);
  if (cut < 0 || name === '' || name === '.' || name === '..' || name === '.git') return undefined;
  const directory = cut === 0 ? sep : absolutePath.slice(0, cut);
  let realDirectory = directories.get(directory);
  if (realDirectory === undefined) {
    try {
      realDirectory = realpathSync.native(directory);
    } catch {
      realDirectory = null;
    }
    directories.set(directory, realDirectory);
  }
  if (realDirectory === null || !readableDirectory(realDirectory, policy)) return undefined;
  try {
    return openSync(inRealDirectory(realDirectory, name), OPEN_FLAGS);
  } catch {
    return undefined;
  }
}

/** Per read policy, whether each real directory's files may be read: asked once per directory, not per file. */
const readable = new WeakMap<ReadPolicy, Map<string, boolean>>();

/**
 * Whether a file named other than `.git` in this real directory is inside a root and outside
 * any `.git` directory: what `openAndRead` asks of the file's own real path, which differs
 * from its directory's only by that last name.
 */
function readableDirectory(realDirectory: string, policy: ReadPolicy): boolean {
  let verdicts = readable.get(policy);
  if (!verdicts) {
    verdicts = new Map();
    readable.set(policy, verdicts);
  }
  let verdict = verdicts.get(realDirectory);
  if (verdict === undefined) {
    const root = policy.roots.find((r) => within(r, realDirectory));
    verdict = root !== undefined && insideWithoutGit(root, realDirectory);
    verdicts.set(realDirectory, verdict);
  }
  return verdict;
}

function inRealDirectory(realDirectory: string, name: string): string {
  return realDirectory.endsWith(sep) ? realDirectory + name : realDirectory + sep + name;
}

/** The real path of a file read `direct`, from the real path of its directory the read used, if that is still known. */
export function directRealPath(absolutePath: string, directories: RealDirectories): string | undefined {
  const realDirectory = directories.get(dirname(absolutePath));
  return typeof realDirectory === 'string' ? inRealDirectory(realDirectory, basename(absolutePath)) : undefined;
}

function openAndRead(absolutePath: string, policy: ReadPolicy): Buffer | { ok: false; message: string; missing?: boolean } {
  const refusal = (message: string) => ({ ok: false as const, message });
  let real: string;
  try {
    // The libc realpath: one call, where Node's own walks each component with lstat.
    real = realpathSync.native(absolutePath);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ...refusal('Cannot read the file: it does not exist (or is a dangling symlink)'), missing: true };
    return refusal(`Cannot read the file (${code ?? 'error'})`);
  }
  const root = policy.roots.find((r) => within(r, real));
  if (root === undefined) return refusal('Not read: it resolves outside the scanned directory and the repository');
  if (!insideWithoutGit(root, real)) return refusal('Not read: it lies inside .git, which strata never reads as data');
  let fd: number;
  try {
    fd = openSync(real, OPEN_FLAGS);
  } catch (e) {
    return refusal(`Cannot read the file (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return readOpened(fd, policy);
}

/** The bytes of a file opened inside the roots (closed after): a regular file, within the size limit. */
function readOpened(fd: number, policy: ReadPolicy): Buffer | { ok: false; message: string } {
  const refusal = (message: string) => ({ ok: false as const, message });
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return refusal('Skipped: not a regular file (a directory, FIFO, device or socket)');
    if (stats.size > policy.maxBytes) return refusal(tooLarge(stats.size, policy.maxBytes));
    // The size said is not trusted either (a file can grow, /proc says 0): read at most one byte
    // past the limit. One buffer of the size said plus one byte usually takes it all in one read.
    let buffer = Buffer.allocUnsafe(Math.min(stats.size, policy.maxBytes) + 1);
    let total = 0;
    for (;;) {
      if (total === buffer.length) {
        const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, policy.maxBytes + 1));
        buffer.copy(grown, 0, 0, total);
        buffer = grown;
      }
      const wanted = buffer.length - total;
      const n = readSync(fd, buffer, total, wanted, null);
      total += n;
      if (total > policy.maxBytes) return refusal(tooLarge(total, policy.maxBytes, true));
      // All the size said, and the read came short of the extra byte asked: the end, with no second read to hear 0.
      if (n === 0 || (n < wanted && total === stats.size)) break;
    }
    return buffer.subarray(0, total);
  } catch (e) {
    return refusal(`Cannot read the file (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  } finally {
    closeSync(fd);
  }
}

/** The first `bytes` of a regular file as text (for a content sniff), or undefined when it is none. */
export function readPrefix(absolutePath: string, bytes: number, followSymlink = false): string | undefined {
  let fd: number | undefined;
  try {
    // Only a file named on the command line, already confined by its caller, is followed through a symlink.
    fd = openSync(absolutePath, followSymlink ? OPEN_FLAGS & ~(constants.O_NOFOLLOW ?? 0) : OPEN_FLAGS);
    if (!fstatSync(fd).isFile()) return undefined;
    const buffer = Buffer.alloc(bytes);
    return buffer.subarray(0, readSync(fd, buffer, 0, bytes, 0)).toString('utf8');
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function tooLarge(size: number, maxBytes: number, atLeast = false): string {
  return `Skipped: the file is ${atLeast ? 'more than ' : ''}${formatBytes(atLeast ? maxBytes : size)}, larger than the ${formatBytes(maxBytes)} limit`;
}

function decode(bytes: Buffer, direct: boolean): ReadResult {
  const ok = (text: string): ReadResult => (direct ? { ok: true, text, direct: true } : { ok: true, text });
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const little = bytes[0] === 0xff;
    return ok(new TextDecoder(little ? 'utf-16le' : 'utf-16be', { ignoreBOM: true }).decode(bytes));
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const { line, column } = positionOfByte(bytes, nul);
    return { ok: false, message: 'Skipped: the file holds NUL bytes, so it is binary, not text', line, column };
  }
  // Most files are ASCII, which Latin-1 decodes as UTF-8 would, in a plain copy.
  if (isAscii(bytes)) return ok(bytes.toString('latin1'));
  try {
    return ok(utf8.decode(bytes));
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const { line, column } = positionOfByte(bytes, bad);
    return { ok: false, message: 'Skipped: the file is not valid UTF-8', line, column };
  }
}

/** Whether `path` is `root` or lies below it (both real paths). */
export function within(root: string, path: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

/** `path` lies at or below `base` (both real paths), and not inside a `.git` directory on the way. */
export function insideWithoutGit(base: string, path: string): boolean {
  return within(base, path) && !path.slice(base.length).split(sep).includes('.git');
}

/** A path's real location, or the path itself where it has none (yet). */
export function realpathOr(path: string): string {
  try {
    // The libc realpath, as for reads: one call, where Node's own lstats every component of every path.
    return realpathSync.native(path);
  } catch {
    return path;
  }
}

/** The repository a directory belongs to: the nearest ancestor holding `.git`, if any. */
export function repositoryRootOf(directory: string): string | undefined {
  for (let dir = directory; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  return n >= 1024 ? `${(n / 1024).toFixed(1)} kB` : `${n} bytes`;
}

function positionOfByte(bytes: Buffer, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  // Columns before the offending byte are counted in UTF-16 units of the valid prefix.
  const prefix = bytes.subarray(lineStart, offset).toString('utf8');
  return { line, column: prefix.length + 1 };
}

function firstInvalidUtf8(bytes: Buffer): number {
  let low = 0;
  let high = bytes.length;
  // The longest valid prefix, found by bisection (decoding is all-or-nothing).
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      low = mid;
    } catch {
      high = mid - 1;
    }
  }
  return low;
}
