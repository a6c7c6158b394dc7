/** Needs written as data in a compose file: top-level and per-service `x-strata`, and `strata.*` labels. */
import { isMap } from 'yaml';
import { needFromFields, needFromTags, type TagEntry } from '../../annotations.js';
import type { Annotation } from '../../model.js';
import type { ParseContext } from '../types.js';
import { deref, entries, entry, span, type ComposeFile } from './document.js';
import { labelEntries, tagEntry, type Contribution } from './facts.js';
import type { View } from './project.js';

/** Top-level `x-strata: { needs, reason }`: the file's default need. */
export function topLevelDefault(file: ComposeFile, context: ParseContext): Annotation[] {
  const xStrata = entry(file.root, 'x-strata', file);
  if (!xStrata) return [];
  const need = needFromXStrata([{ entry: xStrata, file }], context);
  if (!need) return [];
  if (need.kind !== 'need') return [need];
  return [{ kind: 'default-need', stratum: need.stratum, needs: need.needs, reason: need.reason, location: need.location, source: need.source }];
}

/** Needs written as data on the service: `x-strata:` and `labels` (`strata.needs`, `strata.reason`). */
export function structuredNeeds(view: View, context: ParseContext): Annotation[] {
  const found: Annotation[] = [];
  const xStrata = view.get('x-strata');
  const fromX = xStrata ? needFromXStrata(xStrata, context) : null;
  if (fromX) found.push(fromX);
  const labels = view.get('labels');
  if (labels) {
    const fromLabels = needFromTags(labelEntries(labels), 'label', context.annotations);
    if (fromLabels) found.push(fromLabels);
  }
  return found;
}

function needFromXStrata(contributions: Contribution[], context: ParseContext): Annotation | null {
  const fields = new Map<string, TagEntry>();
  for (const { entry: e, file } of contributions) {
    const map = deref(e.value, file);
    if (!isMap(map)) {
      const [start, end] = span(e.keyNode) ?? [0, 0];
      return {
        kind: 'invalid',
        problem: 'x-strata must be a mapping: { needs: <stratum|intent>, reason: "…" }',
        location: file.lines.location(file.file, start, end),
        source: 'x-strata',
      };
    }
    for (const item of entries(map, file)) fields.set(item.key, tagEntry(`x-strata.${item.key}`, item, file));
  }
  const needs = fields.get('needs');
  if (!needs) return null;
  return needFromFields({ ...needs, key: 'x-strata.needs' }, fields.get('reason'), 'x-strata', context.annotations);
}
