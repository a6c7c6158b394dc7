/** Wall time per pipeline phase, collected when a caller (the benchmark) asks for it. */
export const PHASES = ['discover', 'read', 'scan', 'hcl2json', 'classify', 'rules', 'report'] as const;
export type Phase = (typeof PHASES)[number];

export class Profile {
  readonly ms: Record<Phase, number> = { discover: 0, read: 0, scan: 0, hcl2json: 0, classify: 0, rules: 0, report: 0 };
  /** Worker threads that read and parsed files (0: all on the main thread; their time is in `scan`). */
  workers = 0;

  /** Adds the time since `since` (a performance.now() reading) to the phase; returns now. */
  lap(phase: Phase, since: number): number {
    const now = performance.now();
    this.ms[phase] += now - since;
    return now;
  }
}
