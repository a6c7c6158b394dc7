/**
 * `.strata.yml` (or `.strata.yaml`, `.strata.json`, or `--config`): found from the
 * scanned directory upward to the repository root, validated against
 * rules/schemas/config.schema.json, every error naming the key path and the line.
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { CatalogFile } from './catalog.js';
import { DataError, describeSchemaError, errorPointer, parseYamlData, schemaValidator } from './data.js';
import { toPosix } from './discover.js';
import { globMatcher, patternBudget, TooManyPatterns } from './glob.js';
import type { Format, Level, Location } from './model.js';
import type { RuntimeClassDefinition } from './parsers/types.js';
import { DEFAULT_MAX_FILE_BYTES, readSource, realpathOr, repositoryRootOf } from './read.js';
import { parseSize } from './size.js';
import type { Intent } from './vocabulary.js';

export const CONFIG_NAMES = ['.strata.yml', '.strata.yaml', '.strata.json'];

export type RuleSetting = Level | 'off';
export type FailOn = Level | 'none';

interface ConfigFile {
  rules?: Record<string, RuleSetting>;
  include?: string[];
  exclude?: string[];
  files?: Partial<Record<Format, string[]>>;
  intents?: Record<string, Intent>;
  catalog?: CatalogFile;
  overrides?: Array<{ files: string | string[]; needs?: string | number; reason?: string; rules?: Record<string, RuleSetting> }>;
  failOn?: FailOn;
  varFiles?: string[];
  maxFileSize?: number | string;
  runtimeClasses?: Record<string, string>;
}

export interface Override {
  files: string[];
  /** Absent for an override that sets only rule levels. */
  needs?: string;
  /** Rule levels for findings in matching files. */
  rules: Record<string, RuleSetting>;
  reason?: string;
  /** Where the override is written, for needSource. */
  location: Location;
  matches(absolutePath: string): boolean;
}

/** A path the config names (to scan, or to read variables from), and where it names it. */
export interface ConfiguredPath {
  /** Absolute, resolved against the config's directory. */
  path: string;
  location: Location;
}

export interface Config {
  /** Absolute path of the file, when there is one. */
  path?: string;
  /** The directory relative paths in the file are resolved against. */
  dir: string;
  rules: Record<string, RuleSetting>;
  include: ConfiguredPath[];
  exclude: string[];
  files: Partial<Record<Format, string[]>>;
  intents: Record<string, Intent>;
  catalog: CatalogFile;
  overrides: Override[];
  failOn?: FailOn;
  varFiles: ConfiguredPath[];
  maxFileSize?: number;
  /** Kubernetes RuntimeClass name → CRI handler, for classes defined outside the scanned files. */
  runtimeClasses: RuntimeClassDefinition[];
}

/** The config's overrides that match a file, in order (later ones win where they disagree). */
export function overridesFor(config: Config, absolutePath: string): Override[] {
  return config.overrides.filter((o) => o.matches(absolutePath));
}

/** The rule levels the config sets for a file: its `rules`, then each matching override's, over `defaults`. */
export function ruleLevelsFor(config: Config, matching: Override[], defaults: Record<string, RuleSetting> = {}): Record<string, RuleSetting> {
  return Object.assign({}, defaults, config.rules, ...matching.map((o) => o.rules));
}

export function emptyConfig(dir: string): Config {
  return { dir, rules: {}, include: [], exclude: [], files: {}, intents: {}, catalog: {}, overrides: [], varFiles: [], runtimeClasses: [] };
}

/** The nearest config file from `start` up to the repository root (the directory holding .git). */
export function findConfig(start: string): string | undefined {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    if (existsSync(join(dir, '.git')) || dirname(dir) === dir) return undefined;
  }
}

/** Loads and validates a config file (rule ids and stratum words are in its schema); throws DataError (exit 2) with file, line and key. */
export function loadConfig(path: string, cwd: string): Config {
  // A config found in the scanned tree is as untrusted as the rest of it: read it confined to its repository.
  const read = readSource(path, { roots: [realpathOr(repositoryRootOf(dirname(path)) ?? dirname(path))], maxBytes: DEFAULT_MAX_FILE_BYTES });
  if (!read.ok) throw new DataError(`Cannot read the configuration file ${relative(cwd, path) || path}: ${read.message}`);
  const text = read.text;
  const catalogValidator = schemaValidator('catalog.schema.json');
  const { data, lineOf } = parseYamlData<ConfigFile>(
    path,
    text,
    'config.schema.json',
    (config) => {
      const problems: Array<{ pointer: string; message: string }> = [];
      if (config.maxFileSize !== undefined && parseSize(config.maxFileSize) === undefined) {
        problems.push({ pointer: '/maxFileSize', message: `maxFileSize: "${config.maxFileSize}" is less than a byte; give a size such as 5MB, 500kB or 1048576` });
      }
      if (config.catalog !== undefined && !catalogValidator(config.catalog)) {
        for (const e of catalogValidator.errors ?? []) {
          const shifted = { ...e, instancePath: `/catalog${e.instancePath}` };
          problems.push({ pointer: errorPointer(shifted), message: describeSchemaError(shifted) });
        }
      }
      return problems;
    },
    shownPath(cwd, path),
  );
  const dir = dirname(path);
  const file = shownPath(cwd, path);
  const at = (keyPath: Array<string | number>): Location => {
    const line = lineOf(keyPath);
    return { file, startLine: line, startColumn: 1, endLine: line, endColumn: 2 };
  };
  // The config is as untrusted as the tree: its globs share one budget (see glob.ts).
  const budget = patternBudget();
  const compile = (patterns: string[], keyPath: Array<string | number>) => {
    try {
      return globMatcher(patterns, budget);
    } catch (e) {
      if (!(e instanceof TooManyPatterns)) throw e;
      throw new DataError(`${file}:${lineOf(keyPath)}: ${keyPath.join('.')}: ${e.message}`);
    }
  };
  for (const [format, globs] of Object.entries(data.files ?? {})) compile(globs ?? [], ['files', format]);
  return {
    path,
    dir,
    rules: data.rules ?? {},
    include: (data.include ?? []).map((p, i) => ({ path: resolve(dir, p), location: at(['include', i]) })),
    exclude: data.exclude ?? [],
    files: data.files ?? {},
    intents: data.intents ?? {},
    catalog: data.catalog ?? {},
    overrides: (data.overrides ?? []).map((o, i) => {
      const files = Array.isArray(o.files) ? o.files : [o.files];
      const match = compile(files, ['overrides', i]);
      const line = lineOf(['overrides', i]);
      return {
        files,
        needs: o.needs === undefined ? undefined : String(o.needs),
        rules: o.rules ?? {},
        reason: o.reason?.trim() || undefined,
        location: { file, startLine: line, startColumn: 1, endLine: line, endColumn: 2 },
        matches: (absolutePath: string) => {
          const rel = toPosix(relative(dir, absolutePath));
          return !rel.startsWith('..') && match(rel);
        },
      };
    }),
    failOn: data.failOn,
    varFiles: (data.varFiles ?? []).map((f, i) => ({ path: resolve(dir, f), location: at(['varFiles', i]) })),
    maxFileSize: data.maxFileSize === undefined ? undefined : parseSize(data.maxFileSize),
    runtimeClasses: Object.entries(data.runtimeClasses ?? {}).map(([name, handler]) => ({ name, handler, location: at(['runtimeClasses', name]) })),
  };
}

function shownPath(cwd: string, path: string): string {
  return toPosix(relative(cwd, path)) || path;
}

export const STARTER_CONFIG = `# yaml-language-server: $schema=./node_modules/strata-lint/rules/schemas/config.schema.json
# strata configuration. Every key is optional; \`strata explain <rule>\` documents each rule.

# Rule levels: off, note, warning or error.
rules:
  undeclared-need: note
  # unexplained-need: off

# Paths scanned when none are given on the command line, and paths never scanned
# (gitignore-style, relative to this file).
# include: [infra, deploy]
exclude:
  - "**/testdata/**"

# Extra file names per format (globs on the base name).
# files:
#   compose: ["stack*.yml"]
#   vagrant: ["Vagrantfile.*"]

# Needs by path: workloads in matching files need this stratum unless an annotation,
# tag, module call or file default says otherwise.
overrides:
  - files: ["envs/ci/**"]
    needs: hardware
    reason: "CI runners boot stock OS images for the installer tests"

# Words for needs= beyond rules/intents.yaml.
# intents:
#   trading-engine:
#     stratum: 3
#     meaning: "Pinned to dedicated hardware for latency"

# Extra catalog entries, in the built-in catalog's schema, e.g. an in-house provider.
# catalog:
#   technologies:
#     - id: acme-microvm
#       name: ACME micro-VM
#       stratum: 2
#       match: { format: terraform, kinds: [acme_microvm] }
#       rationale: "Firecracker-based VM with a guest kernel"
#       reference: https://wiki.example.com/acme-microvm

# Terraform variable files, read like -var-file.
# varFiles: [envs/prod.tfvars]

# Files larger than this are skipped with a diagnostic: bytes, or with kB, MB or GB.
# maxFileSize: 5MB

# The lowest level that fails the run (exit 1): error, warning, note or none.
failOn: error
`;
