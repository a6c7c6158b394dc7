/**
 * Needs written as data on a resource: `Metadata: { strata: { needs, reason } }`, and
 * `Tags` — CloudFormation's list of `{Key, Value}` or the map SAM, EKS and Batch take — with
 * the keys every format's tags use (`strata-needs`, `strata:needs`, …). Values are literals:
 * no parameter stands in for a need.
 */
import { isMap, isSeq, type Node as YamlNode, type YAMLMap } from 'yaml';
import { needFromFields, needFromTags, type AnnotationContext, type TagEntry } from '../../annotations.js';
import type { Annotation } from '../../model.js';
import { deref, entries, entry, entryLocation, mapAt, span, stringAt, type Readable } from '../../yaml/document.js';
import { literal } from './values.js';

/** `Metadata.strata` on a resource: a mapping of needs and reason. */
export function metadataNeed(resource: YAMLMap, doc: Readable, context: AnnotationContext): Annotation | null {
  const strata = entry(mapAt(resource, ['Metadata'], doc), 'strata', doc);
  if (!strata) return null;
  const map = deref(strata.value, doc);
  if (!isMap(map)) {
    const [start, end] = span(strata.keyNode) ?? [0, 0];
    return {
      kind: 'invalid',
      problem: 'Metadata.strata must be a mapping: { needs: <stratum|intent>, reason: "…" }',
      location: doc.lines.location(doc.file, start, end),
      source: 'Metadata.strata',
    };
  }
  const field = (key: string): TagEntry | undefined => {
    const e = entry(map, key, doc);
    return e ? { key: `Metadata.strata.${key}`, value: literal(e.value, doc), location: entryLocation(e, doc) } : undefined;
  };
  const needs = field('needs');
  return needs ? needFromFields(needs, field('reason'), 'metadata', context) : null;
}

/** A need in `Tags`, as a list of `{Key, Value}` or as a map. */
export function tagsNeed(tags: YamlNode | null | undefined, doc: Readable, context: AnnotationContext): Annotation | null {
  const node = deref(tags, doc);
  const found: TagEntry[] = [];
  if (isMap(node)) {
    for (const e of entries(node, doc)) found.push({ key: e.key, value: literal(e.value, doc), location: entryLocation(e, doc) });
  } else if (isSeq(node)) {
    for (const raw of node.items) {
      const item = deref(raw as YamlNode, doc);
      const key = isMap(item) ? stringAt(entry(item, 'Key', doc)?.value, doc) : undefined;
      if (key === undefined) continue;
      const [start, end] = span(item) ?? [0, 0];
      found.push({ key, value: literal(entry(item as YAMLMap, 'Value', doc)?.value, doc), location: doc.lines.location(doc.file, start, end) });
    }
  }
  return needFromTags(found, 'tag', context);
}
