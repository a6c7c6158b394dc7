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
  /** The whole block, where the parser knows it. */
  location?: Location;
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

/**
 * A document of another format inside a file (a Nomad jobspec in a Terraform `nomad_job`):
 * the host format finds it, the registry hands it to its own format's parser.
 */
export interface EmbeddedDocument {
  format: Format;
  /** The file the document's text stands in, as reported (the host, or a file it reads). */
  file: string;
  /** The whole text of that file. */
  text: string;
  /** Where the document starts and ends in it (a heredoc inside the host, or the whole file). */
  start: number;
  end: number;
  /** Prefix for addresses: `nomad_job.web/` for a Terraform resource, `` for a standalone file. */
  prefix: string;
  /** Annotations that apply to every workload in it (those on the host's block). */
  inherited: Annotation[];
}

/** A variable file named for the run (`--var-file`, the config's `varFiles`), read. */
export interface VarFile {
  /** As reports name it. */
  path: string;
  text: string;
}

/** A Terraform plan in JSON named for the run (`--plan`), read. */
export interface PlanFile extends VarFile {
  absolutePath: string;
}

/** A parsed file with where it lies: what a format's project stage (`link`) works on. */
export interface LinkedFile {
  absolutePath: string;
  parsed: ParsedFile;
}

/** What a project stage resolves across files: new facts and annotations per workload, and problems. */
export interface Linked {
  diagnostics: Diagnostic[];
  resolved: Map<Workload, Pick<Workload, 'facts' | 'annotations'> & Pick<Partial<Workload>, 'context'>>;
  /** Workloads the stage found outside the discovered files (an installed module's), resolved, under the file that leads to them. */
  added?: Map<ParsedFile, Workload[]>;
}

/** A Kubernetes `RuntimeClass` (scanned) or a config `runtimeClasses` entry: a class name and the CRI handler it selects. */
export interface RuntimeClassDefinition {
  name: string;
  handler: string;
  /** Where the handler is written: the object's `handler:` key, or the config's line. */
  location: Location;
}

/** A KubeVirt VirtualMachine(Cluster)Preference: its name, and where it asks for Hyper-V enlightenments (a Windows guest). */
export interface VmPreferenceDefinition {
  name: string;
  hyperv?: Location;
}

/** What a Kubernetes file contributes to the project besides workloads: runtime classes, VM preferences, KubeVirt's emulation switch. */
export interface KubernetesFileFacts {
  runtimeClasses: RuntimeClassDefinition[];
  preferences: VmPreferenceDefinition[];
  /** A KubeVirt CR's `useEmulation: true`: every VM of the cluster runs under software emulation. */
  emulation?: Location;
}

/** What a Packer file contributes to its template (the files of one directory) besides workloads: what resolves `var.x` and `local.x`. */
export interface PackerFileFacts {
  variables: Map<string, { default?: Placed }>;
  locals: Map<string, Placed>;
  /** The assignments of a variable file (`*.pkrvars.hcl`, `*.pkrvars.json`). */
  assigned?: Map<string, Placed>;
  /** The sources `build` blocks name (`source.<type>.<name>`), and where; undefined when a build's list is not literal. */
  builds?: Array<{ source: string; build: string; location: Location }>;
}

/** What a format's project stage is given besides its files. */
export interface LinkInputs {
  varFiles: VarFile[];
  /** Terraform plans (`--plan`), read. */
  plans: PlanFile[];
  /** Reads (confined) and parses the files the stage finds for itself (installed modules). */
  context: ParseContext;
  /** The config's `runtimeClasses`: Kubernetes classes defined outside the scanned files. */
  runtimeClasses?: RuntimeClassDefinition[];
}

/** The fields of a ParsedFile that only its format's link stage reads: let go once every format has linked. */
export const LINK_FIELDS = ['terraform', 'kubernetes', 'packer'] as const satisfies ReadonlyArray<keyof ParsedFile>;

export interface ParsedFile {
  workloads: Workload[];
  /** Documents of other formats found inside this file, for their own parsers. */
  embedded?: EmbeddedDocument[];
  /** What a format's link stage reads across its files (see LINK_FIELDS). */
  terraform?: TerraformFileFacts;
  kubernetes?: KubernetesFileFacts;
  packer?: PackerFileFacts;
  /** Annotations that belong to no single workload: file defaults, and strays that apply to nothing. */
  fileAnnotations: Annotation[];
  diagnostics: Diagnostic[];
}
