/**
 * Bounds on how far V8 lets the heap grow while a scan parses. V8 sizes its heap for a server
 * whose garbage dies young. A scan keeps what it parses until the report is written, so most
 * of what it allocates survives, and V8's defaults turn that into hundreds of megabytes it
 * did not need. Two bounds, each measured in `npm run bench`:
 *
 * - The young generation. V8 doubles its two halves up to 16 MB each as long as much of what
 *   it allocates survives, which a scan's parse always does. Left at 8 MB, the 20,000-file
 *   tree peaks about 25 MB lower, and the corpus runs no slower: what survives is copied
 *   out either way. (At 4 MB more dies old, and the old generation grows by more than the
 *   young one saved.) V8 has no flag that caps it once the heap is made, but its growth factor
 *   is read at each doubling: set to 1 once the halves reach 8 MB, they stay there.
 * - The old generation. By default V8 lets it grow up to fourfold past what its last full
 *   collection kept; on a big tree, where most of it is live, fourfold is the difference.
 *   Once the heap holds more than a mid-sized tree ever needs, growth is bounded to a fifth:
 *   the peak stays near what is live, at the cost of more (mostly concurrent) collections.
 *   A smaller scan never reaches the threshold and runs as V8 would run it.
 *
 * V8 reads both flags when it next grows a space, so setting them while the scan runs takes
 * effect from then. The flags are the process's: they stay in force for the rest of the scan
 * (classification and the report, where a big tree's heap peaks), and the next scan's parse
 * starts with V8's own before any worker starts. A worker started while the young generation
 * is capped would lift the cap (V8 sets the growth factor back to 2 as it makes a heap): the
 * pool starts its workers before the bounds are set, and the main thread parses after them.
 * Measured on Node 20, whose young generation doubles up to 16 MB a half; newer Node lets it
 * grow further by default, so there the cap saves more.
 */
import { getHeapSpaceStatistics, getHeapStatistics, setFlagsFromString } from 'node:v8';

/** Both halves of the young generation together, as V8 counts its `new_space`. */
const YOUNG_CAP_BYTES = 16 * 1024 * 1024;
const OLD_BOUND_FROM_BYTES = 64 * 1024 * 1024;
const OLD_GROWTH_PERCENT = 20;
/** The heap is asked about once per this many files: the question costs a microsecond or two. */
const FILES_PER_CHECK = 64;

/** Bounds the heap of one scan; made per scan, so a process that scans again starts from V8's own growth. */
export class HeapGrowthBound {
  private static inForce = false;
  private youngCapped = false;
  private oldBounded = false;
  private sinceCheck = 0;

  constructor() {
    if (HeapGrowthBound.inForce) {
      // V8's own values: a growth factor of 2, and 0 for the growth V8 works out for itself.
      setFlagsFromString('--semi-space-growth-factor=2');
      setFlagsFromString('--heap-growing-percent=0');
      HeapGrowthBound.inForce = false;
    }
  }

  /** Told once per file the main thread parses. */
  fileParsed(): void {
    if ((this.youngCapped && this.oldBounded) || ++this.sinceCheck < FILES_PER_CHECK) return;
    this.sinceCheck = 0;
    if (!this.youngCapped && (getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? 0) >= YOUNG_CAP_BYTES) {
      setFlagsFromString('--semi-space-growth-factor=1');
      this.youngCapped = true;
      HeapGrowthBound.inForce = true;
    }
    if (!this.oldBounded && getHeapStatistics().used_heap_size >= OLD_BOUND_FROM_BYTES) {
      setFlagsFromString(`--heap-growing-percent=${OLD_GROWTH_PERCENT}`);
      this.oldBounded = true;
      HeapGrowthBound.inForce = true;
    }
  }
}
