/**
 * Terraform values as the reference path (hcl2json, with --strict-hcl) and `.tf.json` hand
 * them over: literals stay literals, and every expression arrives as a "${…}" template
 * string. Expressions are unknown to a static reader; they become `Unknown` with a reason,
 * never "" or a guess.
 */
import { needFromTags, type AnnotationContext, type TagEntry } from '../../annotations.js';
import { unknownExpression } from '../../hcl/literal.js';
import { Unknown, type Annotation, type Fact, type NeedSourceKind, type Value } from '../../model.js';

/** `${` or `%{` that is not escaped as `$${` / `%%{`. */
const TEMPLATE = /(^|[^$%])[$%]\{/;
const VARIABLE = /^\$\{\s*((?:var|local)\.[A-Za-z_][\w-]*)\s*\}$/;

export function terraformValue(raw: unknown): Value {
  if (raw === undefined) return new Unknown('could not be read');
  if (typeof raw === 'string') {
    if (TEMPLATE.test(raw)) {
      const variable = VARIABLE.exec(raw);
      if (variable) return new Unknown(`comes from ${variable[1]}, which strata does not resolve`, variable[1]);
      return unknownExpression(raw);
    }
    return raw.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
  }
  if (Array.isArray(raw)) return raw.map(terraformValue);
  if (raw !== null && typeof raw === 'object') {
    const out: Record<string, Value> = Object.create(null); // no prototype: a key named __proto__ is just a key
    for (const [k, v] of Object.entries(raw)) if (!TEMPLATE.test(k)) out[k] = terraformValue(v);
    return out;
  }
  return raw as Value;
}

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
