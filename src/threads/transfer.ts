/**
 * A parse crossing a thread boundary. `postMessage` copies plain data, Maps and Sets, but
 * not functions (it refuses them) nor prototypes (an `Unknown` arrives as a plain object, and
 * `instanceof Unknown` fails; a class instance arrives as its own fields, without what its
 * getters give). `transferable` readies a parse in place on the worker's side: functions
 * dropped, each class instance (a lazily read value) replaced by a plain object of its fields
 * and getters' values, and every `Unknown` listed, those getters give included (a getter gives
 * the same value each time it is read, so the one listed is the one copied). The copy keeps shared references
 * shared, the list's entries included, so `arrived` only gives the listed objects their
 * prototype back: nothing on the main thread walks the parse.
 * Nothing here knows a format: it works on whatever a parser returns.
 */
import { Unknown } from '../model.js';

export interface Transferable<T> {
  value: T;
  /** Every `Unknown` inside `value`, each once. */
  unknowns: Unknown[];
}

/** `value` readied in place for `postMessage` (see above). */
export function transferable<T>(value: T): Transferable<T> {
  const unknowns: Unknown[] = [];
  // Each object once, and what stands for it in the answer (itself, or the plain copy of a class instance).
  const readied = new Map<object, unknown>();
  const ready = (v: unknown): unknown => {
    if (typeof v === 'function') return undefined;
    if (v === null || typeof v !== 'object') return v;
    const done = readied.get(v);
    if (done !== undefined) return done;
    if (v instanceof Unknown) {
      readied.set(v, v);
      unknowns.push(v);
      return v;
    }
    if (Array.isArray(v)) {
      readied.set(v, v);
      for (let i = 0; i < v.length; i++) {
        const item = v[i];
        const readiedItem = ready(item);
        if (readiedItem !== item) v[i] = readiedItem;
      }
      return v;
    }
    if (v instanceof Map) {
      readied.set(v, v);
      for (const [key, item] of v) {
        const readiedItem = ready(item);
        if (readiedItem !== item) v.set(key, readiedItem);
      }
      return v;
    }
    if (v instanceof Set) {
      readied.set(v, v);
      for (const item of v) ready(item);
      return v;
    }
    const prototype = Object.getPrototypeOf(v) as object | null;
    // A class instance (a lazily read value) crosses as what it shows: its own fields and its getters' values.
    const record = (prototype === Object.prototype || prototype === null ? v : shown(v, prototype)) as Record<string, unknown>;
    readied.set(v, record);
    for (const key of Object.keys(record)) {
      const item = record[key];
      const readiedItem = ready(item);
      // Defined rather than assigned: the key may be a getter's.
      if (readiedItem !== item) Object.defineProperty(record, key, { value: readiedItem, enumerable: true, writable: true, configurable: true });
    }
    return record;
  };
  return { value: ready(value) as T, unknowns };
}

/** A class instance as a plain object: its own enumerable fields, and the value of each getter its classes define. */
function shown(instance: object, prototype: object): Record<string, unknown> {
  const plain: Record<string, unknown> = { ...instance };
  for (let p: object | null = prototype; p !== null && p !== Object.prototype; p = Object.getPrototypeOf(p) as object | null) {
    for (const [key, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(p))) {
      if (descriptor.get && !(key in plain)) plain[key] = (instance as Record<string, unknown>)[key];
    }
  }
  return plain;
}

/** What `transferable` readied, as `postMessage` delivered it: its unknowns are `Unknown`s again. */
export function arrived<T>(message: Transferable<T>): T {
  for (const unknown of message.unknowns) Object.setPrototypeOf(unknown, Unknown.prototype);
  return message.value;
}
