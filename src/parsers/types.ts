import type { AnnotationContext } from '../annotations.js';
import type { Annotation, Diagnostic, Format, Workload } from '../model.js';
import type { Profile } from '../profile.js';

export interface ParseContext {
  /** Whether the catalog classifies this kind: only those become workloads. */
  knows(format: Format, kind: string): boolean;
  annotations: AnnotationContext;
  profile?: Profile;
}

export interface ParsedFile {
  workloads: Workload[];
  /** Annotations that belong to no single workload: file defaults, and strays that apply to nothing. */
  fileAnnotations: Annotation[];
  diagnostics: Diagnostic[];
}
