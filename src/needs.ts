/**
 * The stratum a workload needs, from the nearest place that says so:
 * a comment on the workload > its tags/labels > the file default > none.
 * Every need records where it came from.
 */
import type { Annotation, DefaultNeedAnnotation, InvalidAnnotation, Need, NeedAnnotation, Workload } from './model.js';

export interface NeedInference {
  need: Need | null;
  /** Further needs on the same workload: reported, not used. */
  conflicts: InvalidAnnotation[];
}

export function inferNeed(workload: Workload, fileDefault: DefaultNeedAnnotation | undefined): NeedInference {
  const needs = workload.annotations.filter((a): a is NeedAnnotation => a.kind === 'need');
  // Nearest wins: a comment over tags, labels and x-strata. Two needs at the same level conflict.
  const comments = needs.filter((n) => n.via === 'comment');
  const level = comments.length > 0 ? comments : needs;
  const chosen = level[0];
  const conflicts = level.slice(1).map(
    (n): InvalidAnnotation => ({
      kind: 'invalid',
      problem: `${workload.address} already declares needs=${chosen!.needs} at ${chosen!.location.file}:${chosen!.location.startLine}; a workload has one need, so this one is ignored`,
      location: n.location,
      source: n.source,
    }),
  );
  if (chosen) {
    return { need: { stratum: chosen.stratum, needs: chosen.needs, reason: chosen.reason, source: { kind: chosen.via, location: chosen.location } }, conflicts };
  }
  if (fileDefault) {
    return {
      need: { stratum: fileDefault.stratum, needs: fileDefault.needs, reason: fileDefault.reason, source: { kind: 'file-default', location: fileDefault.location } },
      conflicts,
    };
  }
  return { need: null, conflicts };
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
