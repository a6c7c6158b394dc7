/**
 * Loading the data strata believes (catalog, intents) and validating it against its
 * JSON schema. Schemas are compiled once; ajv's errors are turned into sentences
 * that name the file, the key path and the line.
 */
import { existsSync, readFileSync } from 'node:fs';
import { append } from './arrays.js';
import { closest } from './suggest.js';
import { printable } from './text/escape.js';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Node as YamlNode } from 'yaml';

/** Heavy libraries are required on first use: a run that needs neither pays for neither. */
const require = createRequire(import.meta.url);
const yaml = () => require('yaml') as typeof import('yaml');

/** The package's root directory: where package.json, rules/ and examples/ live. */
export const packageRoot: string = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'rules'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('strata: cannot find its package root (package.json beside rules/)');
    dir = parent;
  }
  return dir;
})();

export const rulesDir = join(packageRoot, 'rules');

/**
 * The build (scripts/build-data.ts) compiles the schemas to standalone validators and
 * bundles the built-in catalog and intents as JSON, so an installed strata starts without
 * parsing YAML or compiling schemas. Running from source, both are done here instead.
 */
const builtDir = join(packageRoot, 'dist', 'data');
const runningBuilt = fileURLToPath(import.meta.url).startsWith(`${join(packageRoot, 'dist')}/`);

let ajv: import('ajv').Ajv | undefined;
const validators = new Map<string, ValidateFunction>();
let sourceSchemasOnly = false;

/**
 * Validate against rules/schemas/ as they are now, not the build's compiled copies: for the
 * docs script, which brings the schemas in step with the format registry before a build can.
 */
export function validateWithSourceSchemas(): void {
  sourceSchemasOnly = true;
  validators.clear();
}

export function schemaValidator(schemaFile: string): ValidateFunction {
  let validate = validators.get(schemaFile);
  if (!validate) {
    const precompiled = join(builtDir, 'validators.cjs');
    if (runningBuilt && !sourceSchemasOnly && existsSync(precompiled)) {
      validate = (require(precompiled) as Record<string, ValidateFunction>)[schemaFile]!;
    } else {
      // Not `new (require(…) as …).Ajv(…)`: tsc drops those parentheses and emits `new require(…)`.
      const { Ajv } = require('ajv') as typeof import('ajv');
      ajv ??= new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
      validate = ajv.compile(JSON.parse(readFileSync(join(rulesDir, 'schemas', schemaFile), 'utf8')));
    }
    validators.set(schemaFile, validate);
  }
  return validate;
}

/** The catalog and intents as scripts/bundle.ts writes them into bin/strata.mjs, checked when the build made them. */
declare const STRATA_DATA: Record<string, unknown> | undefined;

/**
 * The built-in data made by the build — inlined in the bundle, else in dist/data/ (checked
 * against its schema here) — or undefined when running from source.
 */
export function bundledData<T>(name: string, schemaFile: string): T | undefined {
  if (typeof STRATA_DATA !== 'undefined') return STRATA_DATA[name] as T;
  const path = join(builtDir, `${name}.json`);
  if (!runningBuilt || !existsSync(path)) return undefined;
  const data = JSON.parse(readFileSync(path, 'utf8')) as T;
  if (!schemaValidator(schemaFile)(data)) throw new DataError(`dist/data/${name}.json is not valid: run npm run compile`);
  return data;
}

/** A problem with data strata reads (config, catalog, baseline): exit 2. `lines` when it says several things, one a line. */
export class DataError extends Error {
  constructor(
    message: string,
    readonly lines?: string[],
  ) {
    super(message);
  }
}

/** Parses a YAML data file and validates it; throws a DataError whose message a person can act on. */
export function loadYamlData<T>(path: string, schemaFile: string): T {
  return parseYamlData<T>(path, readFileSync(path, 'utf8'), schemaFile).data;
}

export interface YamlData<T> {
  data: T;
  /** The 1-based line of the value at a key path, e.g. ['overrides', 0]. */
  lineOf(path: Array<string | number>): number;
}

/** YAML (or JSON, which is YAML) validated against a schema; errors name the file, the line and the key path. */
export function parseYamlData<T>(
  path: string,
  text: string,
  schemaFile: string,
  extra?: (data: T) => Array<{ pointer: string; message: string }>,
  shown: string = relative(process.cwd(), path) || path,
): YamlData<T> {
  const { LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    const { line, col } = lineCounter.linePos(error.pos[0]);
    throw new DataError(`${shown}:${line}:${col}: ${error.message.split('\n')[0]}`);
  }
  const data = (doc.toJS() ?? {}) as unknown;
  const lineAt = (pointer: string) => {
    const node = nodeAt(doc.contents, pointer);
    return node?.range ? lineCounter.linePos(node.range[0]).line : 1;
  };
  const validate = schemaValidator(schemaFile);
  const problems: Array<{ pointer: string; message: string }> = [];
  // A hostile file can fail the schema a hundred thousand times over: say the first few.
  if (!validate(data)) {
    // `propertyNames` repeats, less clearly, the error its own `enum` already gave.
    const errors = (validate.errors ?? []).filter((e) => e.keyword !== 'propertyNames');
    append(
      problems,
      errors.slice(0, 20).map((e) => ({ pointer: errorPointer(e), message: describeSchemaError(e) })),
    );
  } else if (extra) append(problems, extra(data as T).slice(0, 20));
  if (problems.length > 0) {
    // One line per problem: a value with a line break in it stays on its problem's line.
    const lines = problems.map((p) => `${shown}:${lineAt(p.pointer)}: ${printable(p.message)}`);
    throw new DataError(lines.join('\n'), lines);
  }
  return { data: data as T, lineOf: (keys) => lineAt(keys.map((k) => `/${String(k).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('')) };
}

/**
 * The node a pointer names; for a map entry, its key: a block value starts on the line
 * after its key, and an error belongs on the key's line.
 */
function nodeAt(root: unknown, pointer: string): YamlNode | undefined {
  const { isMap, isSeq } = yaml();
  let node = root as YamlNode | undefined;
  let key: YamlNode | undefined;
  for (const raw of pointer.split('/').slice(1)) {
    const name = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (isMap(node)) {
      const pair = node.items.find((p) => String((p.key as { value?: unknown })?.value) === name);
      key = pair?.key as YamlNode | undefined;
      node = pair?.value as YamlNode | undefined;
    } else if (isSeq(node)) {
      key = undefined;
      node = node.items[Number(name)] as YamlNode;
    } else return node;
  }
  return key?.range ? key : node;
}

/** Where an error stands: an unknown key at the key itself, anything else at the value. */
export function errorPointer(e: ErrorObject): string {
  if (e.keyword === 'additionalProperties') return `${e.instancePath}/${(e.params as { additionalProperty: string }).additionalProperty}`;
  if (e.propertyName !== undefined) return `${e.instancePath}/${e.propertyName.replace(/~/g, '~0').replace(/\//g, '~1')}`;
  return e.instancePath;
}

/** One ajv error as a sentence: the key path, then what is wrong with it. */
export function describeSchemaError(e: ErrorObject): string {
  const path = e.instancePath === '' ? 'the document' : e.instancePath.slice(1).replace(/\//g, '.');
  if (e.propertyName !== undefined && e.keyword === 'enum') {
    // A key outside a list the schema enumerates (rule ids): named, with the nearest known one.
    const known = (e.params as { allowedValues: unknown[] }).allowedValues.map(String);
    const suggestion = closest(e.propertyName, known);
    return `${path}.${e.propertyName}: unknown key "${e.propertyName}"${suggestion ? `; did you mean "${suggestion}"?` : ` (one of ${known.join(', ')})`}`;
  }
  switch (e.keyword) {
    case 'additionalProperties':
      return `${path}: unknown key "${(e.params as { additionalProperty: string }).additionalProperty}"`;
    case 'required':
      return `${path}: "${(e.params as { missingProperty: string }).missingProperty}" is required`;
    case 'enum':
      return `${path}: must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'type':
      return `${path}: must be ${(e.params as { type: string }).type}`;
    default:
      return `${path}: ${e.message ?? 'is not valid'}`;
  }
}
