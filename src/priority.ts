/**
 * The command's helper threads made to give way to its main thread. Node starts V8's helper
 * threads (the optimizing compiler, the garbage collector's) before any of strata runs, four
 * of them whatever the machine. On a 2-core machine they and the main thread contend for the
 * cores while the JIT warms up, and the main thread, which does the scan, waits its turn:
 * measured on the corpus, a tenth of the wall time. Niced below it, they run when a core is
 * free, and the main thread keeps its own. Where cores are idle, nice changes nothing.
 *
 * Linux only (its nice values are per thread, and /proc names the threads); elsewhere, and
 * wherever lowering is refused, the threads stay as they were. Only the command does this:
 * a library has no business with its host's threads.
 */
import { readdirSync } from 'node:fs';
import { setPriority } from 'node:os';

/** The lowest priority: a helper runs on a core the main thread leaves idle. */
const HELPER_NICE = 19;

export function helperThreadsGiveWay(): void {
  if (process.platform !== 'linux') return;
  let threads: string[];
  try {
    threads = readdirSync('/proc/self/task');
  } catch {
    return;
  }
  // On Linux the main thread's id is the process's.
  for (const thread of threads) {
    const id = Number(thread);
    if (!Number.isSafeInteger(id) || id === process.pid) continue;
    try {
      setPriority(id, HELPER_NICE);
    } catch {
      // Gone since it was listed, or not ours to change: it runs as before.
    }
  }
}
