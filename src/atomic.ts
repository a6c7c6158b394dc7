/**
 * A file written atomically: a new file beside it, created exclusively (never through a
 * link planted under its name), then renamed over the target. With `like` (the file being
 * replaced), the new version keeps its mode and, where the process may, its owner.
 */
import { chmodSync, chownSync, closeSync, openSync, renameSync, rmSync, type Stats, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

/** `text` is one string, or pieces written one after another as they are taken (none ending inside a surrogate pair). */
export function writeAtomically(target: string, text: string | Iterable<string>, like?: Stats): void {
  const temp = join(dirname(target), `.${basename(target)}.strata-${randomBytes(6).toString('hex')}.tmp`);
  try {
    const mode = like ? like.mode & 0o7777 : undefined;
    writeInChunks(temp, text, mode);
    if (like) {
      // The new file is the process's: run as root (in a container) on a checkout, it would leave the file root's.
      if (like.uid !== process.getuid?.() || like.gid !== process.getgid?.()) keepOwner(temp, like);
      // The process's umask may have narrowed the mode the file was created with (and a change of owner may clear set-id bits).
      chmodSync(temp, mode!);
    }
    renameSync(temp, target);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}

/** Characters written at a time: a report of tens of megabytes is never encoded into one buffer as big as itself. */
const CHUNK = 1 << 20;

/** `text` into a new file (created exclusively), a chunk at a time, never splitting a surrogate pair. */
function writeInChunks(path: string, text: string | Iterable<string>, mode: number | undefined): void {
  const fd = openSync(path, 'wx', mode);
  try {
    if (typeof text === 'string') writeString(fd, text);
    else for (const piece of text) writeString(fd, piece);
  } finally {
    closeSync(fd);
  }
}

/** A piece that does not split a surrogate pair (each of `writeAtomically`'s pieces is one), a chunk at a time. */
function writeString(fd: number, text: string): void {
  for (let start = 0; start < text.length; ) {
    let end = Math.min(start + CHUNK, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    const bytes = Buffer.from(text.slice(start, end), 'utf8');
    for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written, bytes.length - written);
    start = end;
  }
}

/** The file's owner given back to its new version where the process may (root may; another user may not, and the new version is then theirs, as with write-file-atomic). */
function keepOwner(path: string, { uid, gid }: Stats): void {
  try {
    chownSync(path, uid, gid);
  } catch (e) {
    if (!['EPERM', 'EINVAL'].includes((e as NodeJS.ErrnoException).code ?? '')) throw e;
  }
}
