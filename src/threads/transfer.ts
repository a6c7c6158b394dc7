/**
 * A parse crossing a thread boundary. `postMessage` copies plain data but drops class
 * prototypes (an `Unknown` would arrive as a plain object, and `instanceof Unknown` fails)
 * and cannot copy functions (a lazily read value is a getter). `toTransferable` makes a
 * plain copy, getters read and each `Unknown` tagged; `fromTransferable` turns the tags
 * back into `Unknown`s after the copy arrived. Shared references and cycles stay shared.
 * Nothing here knows a format: it works on whatever a parser returns.
 */
import { Unknown } from '../model.js';

const UNKNOWN_TAG = '\u0000strata:unknown';

interface TaggedUnknown {
  [UNKNOWN_TAG]: true;
  reason: string;
  reference?: string;
}

/** A plain copy of `value` that survives `postMessage`: getters read, `Unknown`s tagged. */
export function toTransferable<T>(value: T): T {
  const copies = new Map<object, unknown>();
  const copy = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object') return typeof v === 'function' ? undefined : v;
    const done = copies.get(v);
    if (done !== undefined) return done;
    if (v instanceof Unknown) {
      const tagged: TaggedUnknown = { [UNKNOWN_TAG]: true, reason: v.reason, ...(v.reference !== undefined ? { reference: v.reference } : {}) };
      copies.set(v, tagged);
      return tagged;
    }
    if (Array.isArray(v)) {
      const out: unknown[] = [];
      copies.set(v, out);
      for (const item of v) out.push(copy(item));
      return out;
    }
    if (v instanceof Map) {
      const out = new Map<unknown, unknown>();
      copies.set(v, out);
      for (const [key, item] of v) out.set(copy(key), copy(item));
      return out;
    }
    if (v instanceof Set) {
      const out = new Set<unknown>();
      copies.set(v, out);
      for (const item of v) out.add(copy(item));
      return out;
    }
    const out: Record<string, unknown> = {};
    copies.set(v, out);
    for (const key of Object.keys(v)) out[key] = copy((v as Record<string, unknown>)[key]);
    return out;
  };
  return copy(value) as T;
}

/** The value `toTransferable` made, as it arrived: its tagged `Unknown`s are `Unknown`s again (in place). */
export function fromTransferable<T>(value: T): T {
  const revived = new Map<object, Unknown>();
  const seen = new Set<object>();
  const revive = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object') return v;
    if (UNKNOWN_TAG in v) {
      let unknown = revived.get(v);
      if (!unknown) {
        const tagged = v as TaggedUnknown;
        unknown = new Unknown(tagged.reason, tagged.reference);
        revived.set(v, unknown);
      }
      return unknown;
    }
    if (seen.has(v)) return v;
    seen.add(v);
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) v[i] = revive(v[i]);
    } else if (v instanceof Map) {
      for (const [key, item] of v) v.set(key, revive(item));
    } else if (!(v instanceof Set)) {
      const record = v as Record<string, unknown>;
      for (const key of Object.keys(record)) record[key] = revive(record[key]);
    }
    return v;
  };
  return revive(value) as T;
}
