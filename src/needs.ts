/**
 * The stratum a workload needs, from the nearest place that says so: a comment on the
 * workload > its tags/labels/x-strata > the module call that loads it > the file default
 * > a config override > none.
 * Every need records where it came from.
 */
import { WRITTEN_AS_DATA, type Annotation, type DefaultNeedAnnotation, type InvalidAnnotation, type Need, type NeedAnnotation, type Workload } from './model.js';

export interface NeedInference {
  need: Need | null;
  /** Further needs on the same workload: reported, not used. */
  conflicts: InvalidAnnotation[];
}

/**
 * Nearest need wins — the one precedence every format uses. Given a workload's annotations in
 * levels from nearest to farthest (a Vagrant machine's provider call, its define, a top-level
 * provider call; a compose override, its base file), the needs of the nearest level that
 * declares any, and every other annotation: suppressions apply from every level.
 */
export function nearestNeeds(levels: Annotation[][]): Annotation[] {
  const chosen = levels.find((level) => level.some((a) => a.kind === 'need'));
  return levels.flatMap((level) => (level === chosen ? level : level.filter((a) => a.kind !== 'need')));
}

/**
 * `reported`: the lists of other module calls' needs already reported in this scan, so that a
 * module's conflicting calls are said once, not once for each of its workloads.
 */
export function inferNeed(workload: Workload, fileDefault: DefaultNeedAnnotation | undefined, configured?: Need, reported = new WeakSet<NeedAnnotation[]>()): NeedInference {
  const needs = workload.annotations.filter((a): a is NeedAnnotation => a.kind === 'need');
  // Nearest wins: a comment, then tags/labels/x-strata/metadata, then a module call. Two needs at the same level conflict.
  const level = nearestNeeds([
    needs.filter((n) => n.via === 'comment'),
    needs.filter((n) => (WRITTEN_AS_DATA as readonly string[]).includes(n.via)),
    needs.filter((n) => n.via === 'module'),
  ]) as NeedAnnotation[];
  const chosen = level[0];
  const others = chosen?.others && !reported.has(chosen.others) ? chosen.others : [];
  if (chosen?.others) reported.add(chosen.others);
  const conflicts = [...level.slice(1), ...others].map(
    (n): InvalidAnnotation => ({
      kind: 'invalid',
      problem:
        n.via === 'module'
          ? `this module is also loaded by a call that declares needs=${chosen!.needs} (${chosen!.location.file}:${chosen!.location.startLine}); its workloads take the first, so this one is ignored`
          : `${workload.address} already declares needs=${chosen!.needs} at ${chosen!.location.file}:${chosen!.location.startLine}; a workload has one need, so this one is ignored`,
      location: n.location,
      source: n.source,
    }),
  );
  if (chosen) {
    return {
      need: { stratum: chosen.stratum, needs: chosen.needs, reason: chosen.reason, source: { kind: chosen.via, location: chosen.location, call: chosen.call } },
      conflicts,
    };
  }
  if (fileDefault) {
    return {
      need: { stratum: fileDefault.stratum, needs: fileDefault.needs, reason: fileDefault.reason, source: { kind: 'file-default', location: fileDefault.location } },
      conflicts,
    };
  }
  return { need: configured ?? null, conflicts };
}

/** The file's default need: the first `strata: default` before any block. Later ones conflict. */
export function fileDefaultOf(annotations: Annotation[]): { fileDefault?: DefaultNeedAnnotation; conflicts: InvalidAnnotation[] } {
  const defaults = annotations.filter((a): a is DefaultNeedAnnotation => a.kind === 'default-need');
  const [first, ...rest] = defaults;
  return {
    fileDefault: first,
    conflicts: rest.map((d) => ({
      kind: 'invalid',
      problem: `this file already has a default need at line ${first!.location.startLine}; only the first counts`,
      location: d.location,
      source: d.source,
    })),
  };
}

/**
 * What a file's own annotations leave for the report besides its workloads': the file's
 * default need (conflicting defaults, and needs that apply to no workload, become invalid).
 */
export function fileLevelAnnotations(annotations: Annotation[]): { fileDefault?: DefaultNeedAnnotation; loose: Annotation[] } {
  const { fileDefault, conflicts } = fileDefaultOf(annotations);
  const loose: Annotation[] = [...conflicts];
  for (const annotation of annotations) {
    if (annotation.kind === 'default-need') {
      if (annotation === fileDefault) loose.push(annotation);
    } else loose.push(annotation.kind === 'need' ? strayNeed(annotation) : annotation);
  }
  return { fileDefault, loose };
}

/** A need that belongs to no workload is a mistake worth saying, not something to drop. */
function strayNeed(annotation: Annotation): Annotation {
  return {
    kind: 'invalid',
    problem: 'it applies to no workload: put it directly above or inside a resource the catalog knows (`strata inventory` lists them)',
    location: annotation.location,
    source: annotation.source,
  };
}

/** Each annotation once: the same conflict found on every workload of a module is one conflict. */
export function distinctAnnotations(annotations: Annotation[]): Annotation[] {
  const key = (a: Annotation) => `${a.location.file}\u0000${a.location.startLine}\u0000${a.location.startColumn}\u0000${a.kind}\u0000${a.kind === 'invalid' ? a.problem : ''}`;
  return [...new Map(annotations.map((a) => [key(a), a])).values()];
}
