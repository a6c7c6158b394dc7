import type { ScanReport } from '../model.js';
import type { Rule } from '../rule.js';

export interface FormatOptions {
  rules: readonly Rule[];
  color: boolean;
  /** SARIF automationDetails.id: tells GitHub which analysis a run belongs to. */
  category?: string;
  toolVersion: string;
}

export type Formatter = (report: ScanReport, options: FormatOptions) => string;
