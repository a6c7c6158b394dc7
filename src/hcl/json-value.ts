/**
 * HCL values as its JSON forms hand them over (hcl2json's output, Terraform's `.tf.json`,
 * Packer's `.pkr.json`): literals stay literals, and every expression arrives as a "${…}"
 * template string. Expressions are unknown to a static reader; they become `Unknown` with a
 * reason, never "" or a guess.
 */
import { unknownExpression } from './literal.js';
import { Unknown, type Value } from '../model.js';

/** `${` or `%{` that is not escaped as `$${` / `%%{`. */
const TEMPLATE = /(^|[^$%])[$%]\{/;
const VARIABLE = /^\$\{\s*((?:var|local)\.[A-Za-z_][\w-]*)\s*\}$/;

export function hclJsonValue(raw: unknown): Value {
  if (raw === undefined) return new Unknown('could not be read');
  if (typeof raw === 'string') {
    if (TEMPLATE.test(raw)) {
      const variable = VARIABLE.exec(raw);
      if (variable) return new Unknown(`comes from ${variable[1]}, which strata does not resolve`, variable[1]);
      return unknownExpression(raw);
    }
    return raw.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
  }
  if (Array.isArray(raw)) return raw.map(hclJsonValue);
  if (raw !== null && typeof raw === 'object') {
    const out: Record<string, Value> = Object.create(null); // no prototype: a key named __proto__ is just a key
    for (const [k, v] of Object.entries(raw)) if (!TEMPLATE.test(k)) out[k] = hclJsonValue(v);
    return out;
  }
  return raw as Value;
}
