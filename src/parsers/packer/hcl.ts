/**
 * Packer HCL2 templates (`*.pkr.hcl`): each `source "<type>" "<name>"` block is a workload,
 * `source.<type>.<name>`, through the shared HCL front end (positions, literals, facts).
 * `variable`, `locals` and `local` blocks, and the assignments of `*.pkrvars.hcl` files, go
 * to the link stage, which resolves `var.x` and `local.x` across the template's directory.
 */
import { append } from '../../arrays.js';
import { attachAnnotations, commentOnlyLines, misplacedDefault, placeDirectives, type Anchor } from '../../attach.js';
import { collectFacts, header } from '../../hcl/facts.js';
import { literalReader, LiteralSyntaxError } from '../../hcl/literal.js';
import { scanDiagnostics, scanHcl, type HclBlock } from '../../hcl/scanner.js';
import { assignments, declarations, placedLiteral, safeLiteral } from '../../hcl/variables.js';
import type { Annotation, Fact, Workload } from '../../model.js';
import { LineIndex } from '../../text/positions.js';
import type { PackerFileFacts, ParseContext, ParsedFile } from '../types.js';
import { uncatalogued } from './builders.js';

export function parsePackerHcl(file: string, text: string, context: ParseContext): ParsedFile {
  const lines = new LineIndex(text);
  const scan = scanHcl(text);
  if (scan.errors.length > 0) return { workloads: [], fileAnnotations: [], diagnostics: scanDiagnostics(scan, file, lines, 'Packer template: ') };
  const locate = (start: number, end: number) => lines.location(file, start, end);

  const declared = scan.blocks.filter((b) => b.type === 'source' && b.labels.length === 2);
  const sources = declared.filter((b) => context.knows('packer', b.labels[0]!));
  const diagnostics = declared
    .filter((b) => !context.knows('packer', b.labels[0]!))
    .flatMap((b) => uncatalogued(b.labels[0]!, `source.${b.labels[0]}.${b.labels[1]}`, header(file, b, text, lines)));
  const placed = placeDirectives(file, scan.comments, lines, context.annotations);
  const { owned, loose } = attachAnnotations(
    placed,
    scan.blocks.map((b): Anchor<HclBlock> => ({ owner: b, start: b.start, end: b.end, line: lines.lineOf(b.start) })),
    commentOnlyLines(scan.comments, lines),
  );

  const read = literalReader(text);
  const workloads: Workload[] = [];
  for (const block of sources) {
    const [type, name] = block.labels as [string, string];
    const facts: Fact[] = [];
    try {
      collectFacts(block, undefined, '', { file, lines, read }, facts);
    } catch (e) {
      if (!(e instanceof LiteralSyntaxError)) throw e;
      return { workloads: [], fileAnnotations: [], diagnostics: [{ file, location: locate(e.offset, e.offset + 1), message: `Packer template: ${e.message}`, level: 'error' }] };
    }
    workloads.push({
      format: 'packer',
      kind: type,
      address: `source.${type}.${name}`,
      file,
      location: locate(block.start, block.end),
      header: header(file, block, text, lines),
      facts,
      annotations: owned.get(block) ?? [],
    });
  }

  const packer: PackerFileFacts = declarations(scan.blocks, { file, lines });
  for (const block of scan.blocks) {
    // Packer's single-local form: `local "name" { expression = … }`.
    const expression = block.type === 'local' && block.labels.length === 1 ? block.attributes.find((a) => a.name === 'expression') : undefined;
    if (expression) packer.locals.set(block.labels[0]!, placedLiteral({ file, lines }, expression));
    // And its short form for variables: `variables { name = default }`.
    if (block.type === 'variables') for (const a of block.attributes) packer.variables.set(a.name, { default: placedLiteral({ file, lines }, a) });
  }

  packer.builds = builds(scan.blocks, text, file, lines);

  const fileAnnotations: Annotation[] = [];
  const workloadBlocks = new Set(sources);
  for (const block of scan.blocks) if (!workloadBlocks.has(block)) append(fileAnnotations, owned.get(block) ?? []);
  for (const p of loose) fileAnnotations.push(p.annotation);
  const firstBlock = scan.blocks[0]?.start ?? Infinity;
  return { workloads, packer, fileAnnotations: fileAnnotations.map((a) => misplacedDefault(a, firstBlock, lines)), diagnostics };
}

/**
 * What `build` blocks build: their `sources` lists and `source "source.<type>.<name>" { … }`
 * blocks. Undefined when a list is not a literal (`sources = var.enabled`): then nothing
 * can be said of a source no build names.
 */
function builds(blocks: HclBlock[], text: string, file: string, lines: LineIndex): PackerFileFacts['builds'] {
  const found: NonNullable<PackerFileFacts['builds']> = [];
  for (const build of blocks.filter((b) => b.type === 'build')) {
    const name = build.attributes.find((a) => a.name === 'name');
    const written = name ? safeLiteral(text, name) : undefined;
    const label = typeof written === 'string' ? `build "${written}"` : 'the build block';
    const list = build.attributes.find((a) => a.name === 'sources');
    if (list) {
      const value = safeLiteral(text, list);
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) return undefined;
      for (const source of value as string[]) found.push({ source, build: label, location: lines.location(file, list.nameStart, list.exprEnd) });
    }
    for (const block of build.blocks.filter((b) => b.type === 'source' && b.labels.length === 1)) {
      found.push({ source: block.labels[0]!, build: label, location: header(file, block, text, lines) });
    }
  }
  return found;
}

/** A `*.pkrvars.hcl` file: top-level assignments. */
export function parseVarFile(file: string, text: string): ParsedFile {
  const lines = new LineIndex(text);
  const scan = scanHcl(text);
  if (scan.errors.length > 0) return { workloads: [], fileAnnotations: [], diagnostics: scanDiagnostics(scan, file, lines, 'Packer variable file: ') };
  const assigned = assignments(scan, { file, lines });
  return { workloads: [], fileAnnotations: [], diagnostics: [], packer: { variables: new Map(), locals: new Map(), assigned } };
}
