import type { AnnotationContext } from '../annotations.js';
import type { Annotation, Diagnostic, Format, Location, Value, Workload } from '../model.js';
import type { Profile } from '../profile.js';
import type { ReadResult } from '../read.js';

export interface ParseContext {
  /** Whether the catalog classifies this kind: only those become workloads. */
  knows(format: Format, kind: string): boolean;
  annotations: AnnotationContext;
  profile?: Profile;
  /**
   * Where Terraform values come from: read from the source (literals; the default), or
   * from hcl2json, HashiCorp's parser — slower, and the reference the first is tested against.
   */
  terraformValues?: 'source' | 'hcl2json';
  /** Reads another file a format refers to (a compose base, an extends source); each file is read once per scan. */
  read(absolutePath: string): ReadResult;
  /** How a file is named in reports: a POSIX path relative to the working directory. */
  displayPath(absolutePath: string): string;
}

/** A Terraform value and where it is written. */
export interface Placed {
  value: Value;
  location: Location;
}

export interface ModuleCall {
  name: string;
  /** The `source` argument: a literal path or address, or unknown. */
  source: Value;
  header: Location;
  annotations: Annotation[];
  inputs: Map<string, Placed>;
}

/** What a Terraform file contributes to its module besides workloads: what resolves values and needs. */
export interface TerraformFileFacts {
  variables: Map<string, { default?: Placed }>;
  locals: Map<string, Placed>;
  calls: ModuleCall[];
  /** The assignments of a .tfvars file. */
  tfvars?: Map<string, Placed>;
}

export interface ParsedFile {
  workloads: Workload[];
  terraform?: TerraformFileFacts;
  /** Annotations that belong to no single workload: file defaults, and strays that apply to nothing. */
  fileAnnotations: Annotation[];
  diagnostics: Diagnostic[];
}
