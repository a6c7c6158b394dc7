/**
 * docker-compose files: every service is a workload, seen as docker compose sees it —
 * `extends` (same file or `file:`), top-level `include` (and includes of includes), anchors and `<<` merges,
 * interpolation from `.env` — and, for an override or variant file
 * (`docker-compose.override.yml`, `compose.kata.yaml`), merged over its base file so the
 * override's services carry what the pair together provision, located in the override.
 */
import { append } from '../../arrays.js';
import { attachAnnotations, commentOnlyLines, placeDirectives, type Anchor } from '../../attach.js';
import type { Annotation, Diagnostic, Fact, Workload } from '../../model.js';
import { nearestNeeds } from '../../needs.js';
import type { ParseContext, ParsedFile } from '../types.js';
import { LimitError, span, type ComposeFile, type Entry } from './document.js';
import { blockEnds } from './extent.js';
import { factsOf } from './facts.js';
import { structuredNeeds, topLevelDefault } from './needs.js';
import { baseOf, merge, ownPart, Project, type View } from './project.js';

/**
 * Facts the services of one file may take through `extends`, all told. Each service that
 * extends another takes all of its facts, so a base of N volumes extended by N services
 * would be read N² times (and held: a 200 KB file took 2 GB). Real files inherit a few
 * thousand; past the budget, later services are read without what they extend, and a
 * warning at the first of them says so.
 */
const INHERITED_FACTS = 100_000;

export function parseCompose(absolutePath: string, text: string, context: ParseContext): ParsedFile {
  const project = new Project(context);
  const file = project.load(absolutePath, text)!;
  const diagnostics = [...file.diagnostics];
  if (!file.root) return { workloads: [], fileAnnotations: [], diagnostics };
  const workloads: Workload[] = [];
  const fileAnnotations: Annotation[] = [];
  try {
    const base = baseOf(file, project);
    append(workloads, serviceWorkloads(file, project, base, context, fileAnnotations, diagnostics));
    for (const included of base ? [] : project.includedFiles(file)) {
      append(diagnostics, included.diagnostics);
      // An included file over a limit is that file's problem: the including file's services stand.
      try {
        if (included.root) append(workloads, serviceWorkloads(included, project, undefined, context, [], diagnostics));
      } catch (e) {
        diagnostics.push(limitDiagnostic(e));
      }
    }
  } catch (e) {
    return { workloads: [], fileAnnotations: [], diagnostics: [...diagnostics, limitDiagnostic(e)] };
  }
  append(diagnostics, project.diagnostics);
  return { workloads, fileAnnotations, diagnostics };
}

function limitDiagnostic(e: unknown): Diagnostic {
  if (!(e instanceof LimitError)) throw e;
  return e.diagnostic;
}

function serviceWorkloads(
  file: ComposeFile,
  project: Project,
  base: ComposeFile | undefined,
  context: ParseContext,
  fileAnnotations: Annotation[],
  diagnostics: Diagnostic[],
): Workload[] {
  const services = project.services(file);
  const { owned, loose } = attachAnnotations(
    placeDirectives(file.file, file.comments, file.lines, context.annotations),
    serviceAnchors(file, services),
    commentOnlyLines(file.comments, file.lines),
  );
  const baseAnnotations = base ? attachedByService(base, project, context) : new Map<string, Annotation[]>();
  append(
    fileAnnotations,
    loose.map((p) => p.annotation),
  );
  append(fileAnnotations, topLevelDefault(file, context));
  // Top-level extensions merge too: an override without a default of its own keeps its base file's.
  if (base && !fileAnnotations.some((a) => a.kind === 'default-need')) {
    fileAnnotations.push(...topLevelDefault(base, context).filter((a) => a.kind === 'default-need'));
    fileAnnotations.push(
      ...placeDirectives(base.file, base.comments, base.lines, context.annotations)
        .map((p) => p.annotation)
        .filter((a) => a.kind === 'default-need'),
    );
  }

  const inheritable = { left: INHERITED_FACTS };
  let overBudgetAt: Entry | undefined;
  const workloads = services.map((service): Workload => {
    let view: View = project.view(file, service.key) ?? new Map();
    if (base) {
      const under = project.view(base, service.key);
      if (under) view = merge(under, view);
    }
    let facts: Fact[] = [];
    if (inheritable.left >= 0) {
      const read = factsOf(view);
      inheritable.left -= read.inherited;
      if (inheritable.left >= 0) facts = read.facts;
      else overBudgetAt ??= service;
    }
    if (inheritable.left < 0) {
      view = ownPart(view);
      facts = factsOf(view).facts;
    }
    const own = owned.get(service.key) ?? [];
    // The override's own comment is nearer than the base file's; the base's counts only when the override says nothing.
    const annotations = nearestNeeds([own, baseAnnotations.get(service.key) ?? []]);
    append(annotations, structuredNeeds(view, context));
    const [keyStart, keyEnd] = span(service.keyNode)!;
    return {
      format: 'compose',
      kind: 'service',
      address: service.key,
      file: file.file,
      location: file.lines.location(file.file, keyStart, span(service.value)?.[1] ?? keyEnd),
      header: file.lines.location(file.file, keyStart, keyEnd),
      facts,
      annotations,
    };
  });
  if (overBudgetAt) {
    const [start, end] = span(overBudgetAt.keyNode)!;
    const message = `More than ${INHERITED_FACTS} facts taken through extends: service "${overBudgetAt.key}" and later ones are read without what they extend`;
    diagnostics.push({ file: file.file, location: file.lines.location(file.file, start, end), message, level: 'warning' });
  }
  return workloads;
}

function serviceAnchors(file: ComposeFile, services: Entry[]): Anchor<string>[] {
  const starts = services.map((s) => span(s.keyNode)![0]);
  const ends = blockEnds(file.lines, starts);
  return services.map((s, i) => ({ owner: s.key, start: starts[i]!, end: ends[i]!, line: file.lines.lineOf(starts[i]!) }));
}

function attachedByService(file: ComposeFile, project: Project, context: ParseContext): Map<string, Annotation[]> {
  const services = project.services(file);
  return attachAnnotations(
    placeDirectives(file.file, file.comments, file.lines, context.annotations).filter((p) => p.annotation.kind === 'need'),
    serviceAnchors(file, services),
    commentOnlyLines(file.comments, file.lines),
  ).owned;
}
