/** Needs written in a Terraform resource's tags and labels. */
import { needFromTags, type AnnotationContext, type TagEntry } from '../../annotations.js';
import { Unknown, type Annotation, type Fact, type NeedSourceKind } from '../../model.js';

/** Maps whose keys may declare a need, and how such a need is named in needSource. */
const TAG_MAPS: Record<string, NeedSourceKind> = {
  tags: 'tag',
  freeform_tags: 'tag',
  labels: 'label',
  'metadata.labels': 'label',
  'metadata.annotations': 'label',
};

/**
 * A need written in tags or labels: a literal map (`tags = { … }`) or Docker's
 * `labels { label = … value = … }` blocks.
 */
export function needFromTerraformTags(facts: Fact[], context: AnnotationContext): Annotation | null {
  for (const fact of facts) {
    const via = TAG_MAPS[fact.path];
    if (!via || fact.value === null || typeof fact.value !== 'object' || Array.isArray(fact.value) || fact.value instanceof Unknown) continue;
    const entries: TagEntry[] = Object.entries(fact.value).map(([key, value]) => ({
      key,
      value,
      location: fact.keys?.[key] ?? fact.location,
    }));
    const need = needFromTags(entries, via, context);
    if (need) return need;
  }
  const labels = facts.filter((f) => f.path === 'labels.label');
  const values = facts.filter((f) => f.path === 'labels.value');
  if (labels.length > 0 && labels.length === values.length) {
    const entries = labels.map((label, i) => ({
      key: String(label.value),
      value: values[i]!.value,
      location: label.location,
    }));
    return needFromTags(entries, 'label', context);
  }
  return null;
}
