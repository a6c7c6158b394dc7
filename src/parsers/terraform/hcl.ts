/**
 * Terraform native syntax (.tf): the shared HCL scanner gives structure and positions,
 * the literal reader gives values (or, with --strict-hcl, hcl2json gives them and the
 * reference parser's verdict on syntax, only for files that hold a catalogued resource:
 * nothing else needs a value).
 */
import { append } from '../../arrays.js';
import { attachAnnotations, commentOnlyLines, misplacedDefault, placeDirectives, type Anchor } from '../../attach.js';
import { Unknown, type Annotation, type Diagnostic, type Fact, type Location, type Value, type Workload } from '../../model.js';
import { LineIndex } from '../../text/positions.js';
import type { EmbeddedDocument, ModuleCall, ParseContext, ParsedFile, Placed, TerraformFileFacts } from '../types.js';
import { blockValues } from './hcl2json.js';
import { collectFacts, header, type ValueReader } from '../../hcl/facts.js';
import { nomadJobspec } from './jobspec.js';
import { literalReader, LiteralSyntaxError } from '../../hcl/literal.js';
import { scanDiagnostics, scanHcl, type HclBlock, type HclItem, type HclScan } from '../../hcl/scanner.js';
import { hclJsonValue } from '../../hcl/json-value.js';
import { assignments, declarations, placedLiteral, safeLiteral, type HclSource } from '../../hcl/variables.js';
import { needFromTerraformTags } from './values.js';

/**
 * A `.tf` file. Synchronous unless --strict-hcl asks hcl2json for values: the default path
 * is the hottest per-file code strata runs, and kept apart from the asynchronous one it stays
 * small for V8 to optimize.
 */
export function parseTerraformHcl(file: string, text: string, context: ParseContext, absolutePath: string): ParsedFile | Promise<ParsedFile> {
  const lines = new LineIndex(text);
  const scan = scanHcl(text);
  if (scan.errors.length > 0) {
    return { workloads: [], fileAnnotations: [], diagnostics: scanDiagnostics(scan, file, lines) };
  }
  const scanned: ScannedFile = {
    file,
    text,
    lines,
    scan,
    absolutePath,
    context,
    resources: scan.blocks.filter((b) => b.type === 'resource' && b.labels.length === 2 && context.knows('terraform', b.labels[0]!)),
  };
  return context.terraformValues === 'hcl2json' ? withHcl2jsonValues(scanned) : terraformFile(scanned, [], literalReader(text));
}

/** A scanned `.tf` file without structural errors, and its catalogued resources. */
interface ScannedFile {
  file: string;
  text: string;
  lines: LineIndex;
  scan: HclScan;
  absolutePath: string;
  context: ParseContext;
  resources: HclBlock[];
}

/** --strict-hcl: the resources' values as hcl2json reads them, and its verdict on their syntax. */
async function withHcl2jsonValues(scanned: ScannedFile): Promise<ParsedFile> {
  const { text, lines, resources } = scanned;
  const read: ValueReader = (_item, raw) => hclJsonValue(raw);
  if (resources.length === 0) return terraformFile(scanned, [], read);
  const values = await blockValues({
    text,
    lines,
    blocks: resources.map((b) => ({ type: b.labels[0]!, name: b.labels[1]!, start: b.start, headerEnd: b.headerEnd, end: b.end })),
  });
  if (!values.ok) {
    return { workloads: [], fileAnnotations: [], diagnostics: values.errors.map((e) => errorAt(scanned, e.start, e.end, e.message)) };
  }
  return terraformFile(scanned, values.bodies, read);
}

function errorAt({ file, lines }: ScannedFile, start: number, end: number, message: string): Diagnostic {
  return { file, location: lines.location(file, start, end), message, level: 'error' };
}

/** The file's workloads, module facts, embedded jobspecs and annotations; `bodies[i]`: hcl2json's value of resource i, if it read one. */
function terraformFile(scanned: ScannedFile, bodies: unknown[], read: ValueReader): ParsedFile {
  const { file, text, lines, scan, absolutePath, context, resources } = scanned;
  const placed = placeDirectives(file, scan.comments, lines, context.annotations);
  const { owned, loose } =
    placed.length === 0
      ? { owned: new Map<HclBlock, Annotation[]>(), loose: [] }
      : attachAnnotations(
          placed,
          scan.blocks.map((b): Anchor<HclBlock> => ({ owner: b, start: b.start, end: b.end, line: lines.lineOf(b.start) })),
          commentOnlyLines(scan.comments, lines),
        );

  let workloads: Workload[];
  try {
    workloads = resources.map((block, index): Workload => workload(scanned, block, bodies[index], read, owned.get(block) ?? []));
  } catch (e) {
    if (!(e instanceof LiteralSyntaxError)) throw e;
    return { workloads: [], fileAnnotations: [], diagnostics: [errorAt(scanned, e.offset, e.offset + 1, e.message)] };
  }

  const terraform = moduleFacts(scan.blocks, file, lines, owned);
  const nomadJobs = scan.blocks.filter((b) => b.type === 'resource' && b.labels[0] === 'nomad_job' && b.labels.length === 2);
  const diagnostics: Diagnostic[] = [];
  const fileAnnotations: Annotation[] = [];
  // A nomad_job's jobspec is Nomad's to read: handed over as an embedded document.
  const embedded: EmbeddedDocument[] = [];
  for (const job of nomadJobs) {
    const jobspec = job.attributes.find((a) => a.name === 'jobspec');
    if (!jobspec) continue;
    const found = nomadJobspec(file, absolutePath, text, { start: jobspec.exprStart, end: jobspec.exprEnd }, context);
    if (!found.spec) {
      diagnostics.push({ file, location: lines.location(file, jobspec.nameStart, jobspec.exprEnd), message: `nomad_job.${job.labels[1]}: ${found.problem}`, level: 'note' });
      continue;
    }
    embedded.push({ format: 'nomad', ...found.spec, prefix: `nomad_job.${job.labels[1]}/`, inherited: owned.get(job) ?? [] });
  }
  // Asked by length, not by reading past the end of an empty list: that costs optimized code.
  const firstBlock = scan.blocks.length > 0 ? scan.blocks[0]!.start : Infinity;
  const workloadBlocks = new Set([...resources, ...nomadJobs]);
  for (const block of scan.blocks) {
    if (!workloadBlocks.has(block) && block.type !== 'module') append(fileAnnotations, owned.get(block) ?? []);
  }
  for (const p of loose) fileAnnotations.push(p.annotation);
  return {
    workloads,
    terraform,
    embedded,
    fileAnnotations: fileAnnotations.map((a) => misplacedDefault(a, firstBlock, lines)),
    diagnostics,
  };
}

/** A catalogued resource block as a workload: its facts (hcl2json's `value` of it, if read), annotations and the need its tags say. */
function workload({ file, text, lines, context }: ScannedFile, block: HclBlock, value: unknown, read: ValueReader, owned: Annotation[]): Workload {
  const [type, name] = block.labels as [string, string];
  const facts: Fact[] = [];
  collectFacts(block, value, '', { file, lines, read }, facts);
  const annotations = [...owned];
  const tagged = needFromTerraformTags(facts, context.annotations);
  if (tagged) annotations.push(tagged);
  return {
    format: 'terraform',
    kind: type,
    address: `${type}.${name}`,
    file,
    location: lines.location(file, block.start, block.end),
    header: header(file, block, text, lines),
    facts,
    annotations,
  };
}

/** Variables, locals and module calls: what the module resolution stage needs from this file. */
function moduleFacts(blocks: HclBlock[], file: string, lines: LineIndex, owned: Map<HclBlock, Annotation[]>): TerraformFileFacts {
  const source: HclSource = { file, lines };
  const facts: TerraformFileFacts = { ...declarations(blocks, source), calls: [] };
  for (const block of blocks) {
    if (block.type === 'module' && block.labels.length === 1) facts.calls.push(new HclModuleCall(block, source, owned.get(block) ?? []));
  }
  return facts;
}

/**
 * A `module` block. Its inputs are read when the module stage first asks for them: most calls
 * name a registry module strata never reads, and a big tree holds tens of thousands of inputs.
 * A class, for the reasons `LazyPlaced` is one.
 */
class HclModuleCall implements ModuleCall {
  readonly name: string;
  readonly source: Value;
  readonly header: Location;
  readonly location: Location;
  annotations: Annotation[];
  readonly #attributes: HclItem[];
  readonly #source: HclSource;
  #inputs: Map<string, Placed> | undefined;

  constructor(block: HclBlock, source: HclSource, annotations: Annotation[]) {
    // The last, as the inputs' map keeps it.
    const given = block.attributes.findLast((a) => a.name === 'source');
    this.name = block.labels[0]!;
    this.source = given ? safeLiteral(source.lines.text, given) : new Unknown('is not set');
    this.header = source.lines.location(source.file, block.start, block.headerEnd - 1);
    this.location = source.lines.location(source.file, block.start, block.end);
    this.annotations = annotations;
    this.#attributes = block.attributes;
    this.#source = source;
  }

  get inputs(): Map<string, Placed> {
    this.#inputs ??= new Map(this.#attributes.map((a) => [a.name, placedLiteral(this.#source, a)] as const));
    return this.#inputs;
  }
}

/** A .tfvars file: top-level assignments. */
export function parseTfvars(file: string, text: string): ParsedFile {
  const lines = new LineIndex(text);
  const scan = scanHcl(text);
  if (scan.errors.length > 0) {
    return {
      workloads: [],
      fileAnnotations: [],
      diagnostics: scanDiagnostics(scan, file, lines),
    };
  }
  const tfvars = assignments(scan, { file, lines });
  return { workloads: [], fileAnnotations: [], diagnostics: [], terraform: { variables: new Map(), locals: new Map(), calls: [], tfvars } };
}

/**
 * Facts of a block: every attribute (and every key of a literal map) under its dotted
 * path, nested blocks and `dynamic` blocks' content included, paired with the value
 * hcl2json gives for the same occurrence.
 */
