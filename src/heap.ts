/**
 * A bound on how far V8 lets the heap grow past what its last full collection kept. By
 * default it lets it grow up to fourfold on a machine with memory to spare, which suits a
 * server whose garbage dies young. A scan keeps what it parses until the report is written,
 * so on a big tree most of the heap is live, and fourfold of it is hundreds of megabytes
 * that a full collection would have found free. Once the heap holds more than a mid-sized
 * tree ever needs, growth is bounded to a fifth: the peak stays near what is live, at the
 * cost of more (mostly concurrent) collections, which `npm run bench` measures. A smaller
 * scan never reaches the threshold and runs as V8 would run it.
 *
 * V8 reads the flag each time a full collection sets the next limit, so setting it while the
 * scan runs takes effect from the next one. The flag is the process's, worker threads included.
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';

const BOUND_FROM_BYTES = 64 * 1024 * 1024;
const GROWTH_PERCENT = 20;
/** The heap is asked about once per this many files: the question costs a microsecond or two. */
const FILES_PER_CHECK = 64;

/** Bounds the heap's growth once one scan's heap is big; made per scan, so a process that scans again starts unbounded. */
export class HeapGrowthBound {
  private static inForce = false;
  private bounded = false;
  private sinceCheck = 0;

  constructor() {
    if (!HeapGrowthBound.inForce) return;
    // 0 is V8's own: the growth it works out for itself.
    setFlagsFromString('--heap-growing-percent=0');
    HeapGrowthBound.inForce = false;
  }

  /** Told once per file parsed. */
  fileParsed(): void {
    if (this.bounded || ++this.sinceCheck < FILES_PER_CHECK) return;
    this.sinceCheck = 0;
    if (getHeapStatistics().used_heap_size < BOUND_FROM_BYTES) return;
    setFlagsFromString(`--heap-growing-percent=${GROWTH_PERCENT}`);
    this.bounded = true;
    HeapGrowthBound.inForce = true;
  }
}
