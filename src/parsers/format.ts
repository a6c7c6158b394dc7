/**
 * What a format is to strata: one module per format (`src/parsers/<format>/format.ts`),
 * listed once in `registry.ts`. Discovery, parser dispatch, the schemas' format enums, the
 * pre-commit hook's `files` pattern, the README's list of what is scanned and the tests'
 * format lists all come from, or are checked against, these declarations.
 */
import type { SourceFile } from '../model.js';
import type { EmbeddedDocument, Linked, LinkedFile, LinkInputs, ParseContext, ParsedFile } from './types.js';

export interface FormatModule {
  /** The format's id: in reports, in the catalog's `match.format`, as a key of the config's `files`. */
  readonly id: string;
  /** How a person names it: `Terraform`, `docker compose`. */
  readonly displayName: string;
  /**
   * The file names it claims, as regular expressions over the base name, written in the
   * syntax JavaScript and Python share (they also make the pre-commit hook's `files`).
   */
  readonly names: readonly string[];
  /** The same names as a person reads them, for the README and messages: `*.tf`, `compose.yaml`. */
  readonly examples: readonly string[];
  /**
   * Whether a file's first bytes (at most `SNIFF_BYTES`) are this format's. Asked of files named
   * on the command line that no name claims (a Vagrantfile template called `debian.rb`), and
   * of the walk's files that only `candidates` names.
   */
  sniff?(prefix: string): boolean;
  /**
   * Generic base names (regular expressions like `names`: `.*\.ya?ml`) whose files the directory
   * walk sniffs when no format's `names` claim them: only regular files inside the scan root,
   * only their first `SNIFF_BYTES`. A format recognised by content (Kubernetes manifests);
   * such a format's `examples` are these names, and `names` may be empty.
   */
  readonly candidates?: readonly string[];
  /**
   * The sibling that, when it sits in the same directory, takes a file's place: the format's
   * tool reads the sibling and ignores the file (OpenTofu reads `main.tofu`, not `main.tf`).
   * `reason` says so to the user. Asked of every discovered file of the format, by base name.
   */
  shadowedBy?(name: string): { sibling: string; reason: string } | undefined;
  parse(file: SourceFile, text: string, context: ParseContext): Promise<ParsedFile>;
  /**
   * The format's project stage: what its files resolve in one another (Terraform's variables,
   * tfvars, module calls and plans; Kubernetes runtime classes), given what the run names
   * (variable files, plans, the config's runtime classes); `context` reads (confined) and
   * parses the files the stage finds for itself.
   */
  link?(files: LinkedFile[], inputs: LinkInputs): Promise<Linked>;
  /**
   * What starts a line comment in this file (`#`): `strata annotate` writes its annotation
   * as one, directly above the workload's header line, and keeps it only if a parse of the
   * result attaches it to that workload. Undefined where the file cannot hold a comment (JSON);
   * a format that declares none is never annotated.
   */
  lineComment?(path: string, text: string): string | undefined;
  /** Parses a document of this format found inside another format's file. */
  parseEmbedded?(document: EmbeddedDocument, context: ParseContext): Promise<ParsedFile>;
}

/** How much of a file a content sniff reads. */
export const SNIFF_BYTES = 8 * 1024;
