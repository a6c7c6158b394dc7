/**
 * A parse crossing a thread boundary. `postMessage` copies plain data, Maps and Sets, but
 * not functions (it refuses them) nor prototypes (an `Unknown` arrives as a plain object, and
 * `instanceof Unknown` fails); it reads each getter as it copies. `transferable` readies a
 * parse in place on the worker's side: functions dropped and every `Unknown` listed, those a
 * getter gives included (a lazily read value: a getter gives the same value each time it is
 * read, so the one listed is the one copied). The copy keeps shared references shared, the
 * list's entries included, so `arrived` only gives the listed objects their prototype back:
 * nothing on the main thread walks the parse.
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
  const seen = new Set<object>();
  const ready = (v: unknown): void => {
    if (v === null || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    if (v instanceof Unknown) {
      unknowns.push(v);
      return;
    }
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        if (typeof v[i] === 'function') v[i] = undefined;
        else ready(v[i]);
      }
      return;
    }
    if (v instanceof Map) {
      for (const [key, item] of v) {
        ready(key);
        if (typeof item === 'function') v.set(key, undefined);
        else ready(item);
      }
      return;
    }
    if (v instanceof Set) {
      for (const item of v) ready(item);
      return;
    }
    const record = v as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const item = record[key];
      if (typeof item === 'function') Object.defineProperty(record, key, { value: undefined, enumerable: true, writable: true, configurable: true });
      else ready(item);
    }
  };
  ready(value);
  return { value, unknowns };
}

/** What `transferable` readied, as `postMessage` delivered it: its unknowns are `Unknown`s again. */
export function arrived<T>(message: Transferable<T>): T {
  for (const unknown of message.unknowns) Object.setPrototypeOf(unknown, Unknown.prototype);
  return message.value;
}
