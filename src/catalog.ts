/**
 * The technology catalog (rules/catalog/*.yaml): which workload kinds strata knows,
 * the stratum each serves, and the attribute values that change it. Matching is
 * data-driven; this module only evaluates conditions against a workload's facts.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { wildcardMatcher } from './glob.js';
import { bundledData, DataError, loadYamlData, rulesDir } from './data.js';
import type { ClassifiedWorkload, Evidence, Fact, Format, Stratum, Value, Workload } from './model.js';
import { Unknown } from './model.js';

type Scalar = string | number | boolean;

/** rules/catalog/*.yaml, each validated, in file-name order: what the build bundles and a source run reads. */
export function loadCatalogFiles(): Required<CatalogFile> {
  const dir = join(rulesDir, 'catalog');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((file) => ({ file, ...loadYamlData<CatalogFile>(join(dir, file), 'catalog.schema.json') }));
  return { version: catalogVersion(files), technologies: files.flatMap((f) => f.technologies ?? []), breaches: files.flatMap((f) => f.breaches ?? []) };
}

export interface Condition {
  attribute: string;
  equals?: Scalar;
  oneOf?: Scalar[];
  glob?: string | string[];
  present?: boolean;
}

export interface Match {
  format: Format;
  kinds: string[];
  when?: Condition[];
}

export interface Technology {
  id: string;
  name: string;
  stratum: Stratum;
  nested?: boolean;
  hostKernel?: boolean;
  /** One matcher, or one per format (and per attribute naming) that states the same fact. */
  match: Match | Match[];
  rationale: string;
  reference: string;
}

export interface Breach {
  id: string;
  match: Match | Match[];
  reason: string;
}

/** An entry's matchers: `match` as written, one or a list. */
export function matchers(entry: Pick<Technology | Breach, 'match'>): Match[] {
  return Array.isArray(entry.match) ? entry.match : [entry.match];
}

export interface CatalogFile {
  version?: string;
  technologies?: Technology[];
  breaches?: Breach[];
}

type Outcome = { holds: true; fact?: Fact } | { holds: false } | { holds: 'unknown'; fact: Fact };

/** The one version among the catalog's files: two would leave it undecided, none unversioned. */
export function catalogVersion(files: Array<CatalogFile & { file: string }>): string {
  const versioned = files.filter((f) => f.version !== undefined);
  if (versioned.length !== 1)
    throw new DataError(`The catalog needs exactly one version (in rules/catalog/version.yaml); found ${versioned.map((f) => f.file).join(', ') || 'none'}`);
  return versioned[0]!.version!;
}

export type Classification = Pick<
  ClassifiedWorkload,
  'technology' | 'technologyName' | 'stratum' | 'possibleStrata' | 'nestedVirtualization' | 'sharesHostKernel' | 'isolationBreaches' | 'evidence'
>;

export class Catalog {
  private readonly byKind = new Map<string, Array<{ technology: Technology; match: Match }>>();
  private readonly breachesByKind = new Map<string, Array<{ breach: Breach; match: Match }>>();

  constructor(
    readonly technologies: Technology[],
    readonly breaches: Breach[],
    /** The built-in catalog's version (rules/catalog/version.yaml). */
    readonly version = 'unknown',
  ) {
    for (const technology of technologies) {
      for (const match of matchers(technology)) for (const kind of match.kinds) push(this.byKind, key(match.format, kind), { technology, match });
    }
    // Most specific first; the sort is stable, so file order breaks ties.
    for (const list of this.byKind.values()) list.sort((a, b) => (b.match.when?.length ?? 0) - (a.match.when?.length ?? 0));
    for (const breach of breaches) {
      for (const match of matchers(breach)) for (const kind of match.kinds) push(this.breachesByKind, key(match.format, kind), { breach, match });
    }
  }

  static builtIn(): Catalog {
    const bundled = bundledData<Required<CatalogFile>>('catalog', 'catalog.schema.json');
    if (bundled) {
      return new Catalog(bundled.technologies, bundled.breaches, bundled.version);
    }
    const { technologies, breaches, version } = loadCatalogFiles();
    return new Catalog(technologies, breaches, version);
  }

  knows(format: Format, kind: string): boolean {
    return this.byKind.has(key(format, kind));
  }

  classify(workload: Workload): Classification | null {
    const candidates = this.byKind.get(key(workload.format, workload.kind));
    if (!candidates) return null;
    const evidence: Evidence[] = [];
    const possible = new Set<Stratum>();
    for (const { technology, match } of candidates) {
      const outcomes = (match.when ?? []).map((c) => ({ condition: c, outcome: test(c, workload.facts) }));
      if (outcomes.some((o) => o.outcome.holds === false)) continue;
      const unknown = outcomes.find((o) => o.outcome.holds === 'unknown');
      if (unknown && unknown.outcome.holds === 'unknown') {
        const fact = unknown.outcome.fact;
        possible.add(technology.stratum);
        evidence.push({
          reason: `unknown: ${fact.path} ${(fact.value as Unknown).reason}; it would be ${technology.name} (stratum ${technology.stratum}) if it ${describe(unknown.condition)}`,
          location: fact.location,
        });
        continue;
      }
      possible.add(technology.stratum);
      evidence.unshift({
        reason: `${workload.kind} is ${technology.name}, stratum ${technology.stratum}: ${technology.rationale}`,
        location: workload.header,
      });
      for (const { condition, outcome } of outcomes) {
        if (outcome.holds === true && outcome.fact) {
          const fact = outcome.fact;
          const what = condition.equals !== undefined ? `${fact.path} = ${show(shownValue(fact))}` : `${fact.path} = ${show(shownValue(fact))} ${describe(condition)}`;
          evidence.splice(1, 0, {
            reason: fact.origin ? `${what} (the value is set at ${fact.origin.file}:${fact.origin.startLine})` : what,
            location: fact.origin ?? fact.location,
          });
        }
      }
      evidence.push(...(workload.context ?? []));
      return {
        technology: technology.id,
        technologyName: technology.name,
        stratum: technology.stratum,
        possibleStrata: [...possible].sort(),
        nestedVirtualization: technology.nested === true,
        sharesHostKernel: technology.hostKernel ?? technology.stratum === 1,
        isolationBreaches: this.breachesOf(workload),
        evidence,
      };
    }
    // Every kind has a base entry without conditions, so this is unreachable for valid data.
    return null;
  }

  private breachesOf(workload: Workload): Evidence[] {
    const found: Evidence[] = [];
    for (const { breach, match } of this.breachesByKind.get(key(workload.format, workload.kind)) ?? []) {
      const outcomes = (match.when ?? []).map((c) => test(c, workload.facts));
      if (outcomes.length === 0 || !outcomes.every((o) => o.holds === true)) continue;
      const fact = outcomes.map((o) => (o.holds === true ? o.fact : undefined)).find(Boolean);
      found.push({
        reason: fact ? `${breach.reason} (${fact.path} = ${show(shownValue(fact))})` : breach.reason,
        location: fact?.location ?? workload.header,
      });
    }
    return found;
  }
}

function key(format: Format, kind: string): string {
  return `${format}\u0000${kind}`;
}

function push<T>(map: Map<string, T[]>, k: string, value: T): void {
  const list = map.get(k);
  if (list) list.push(value);
  else map.set(k, [value]);
}

/** A condition against every occurrence of its attribute: true if any holds. */
function test(condition: Condition, facts: Fact[]): Outcome {
  const path = condition.attribute;
  const relevant = facts.filter((f) => f.path === path || f.path.startsWith(`${path}.`));
  if (condition.present !== undefined) {
    const set = relevant.find((f) => f.value !== null);
    if (condition.present) return set ? { holds: true, fact: set } : { holds: false };
    return set ? { holds: false } : { holds: true };
  }
  let unknownFact: Fact | undefined;
  for (const fact of relevant) {
    if (fact.path !== path) continue;
    const result = testValue(condition, fact.value);
    if (result === true) return { holds: true, fact };
    if (result === 'unknown') unknownFact ??= fact;
  }
  return unknownFact ? { holds: 'unknown', fact: unknownFact } : { holds: false };
}

function testValue(condition: Condition, value: Value): boolean | 'unknown' {
  if (value instanceof Unknown) return 'unknown';
  if (Array.isArray(value)) {
    let sawUnknown = false;
    for (const element of value) {
      const r = testValue(condition, element);
      if (r === true) return true;
      if (r === 'unknown') sawUnknown = true;
    }
    return sawUnknown ? 'unknown' : false;
  }
  if (value === null || typeof value === 'object') return false;
  const text = String(value).toLowerCase();
  if (condition.equals !== undefined) return text === String(condition.equals).toLowerCase();
  if (condition.oneOf !== undefined) return condition.oneOf.some((v) => String(v).toLowerCase() === text);
  if (condition.glob !== undefined) return globs(condition.glob).some((matches) => matches(text));
  return false;
}

/** Catalog globs (config catalogs are untrusted too) are matched without regular expressions: see glob.ts. */
const globCache = new Map<string, (value: string) => boolean>();
function globs(glob: string | string[]): Array<(value: string) => boolean> {
  return (Array.isArray(glob) ? glob : [glob]).map((g) => {
    let matcher = globCache.get(g);
    if (!matcher) {
      matcher = wildcardMatcher(g.toLowerCase());
      globCache.set(g, matcher);
    }
    return matcher;
  });
}

function describe(condition: Condition): string {
  if (condition.equals !== undefined) return `equals ${JSON.stringify(condition.equals)}`;
  if (condition.oneOf !== undefined) return `is one of ${condition.oneOf.map((v) => JSON.stringify(v)).join(', ')}`;
  if (condition.glob !== undefined) {
    const list = Array.isArray(condition.glob) ? condition.glob : [condition.glob];
    return `matches ${list.map((g) => JSON.stringify(g)).join(' or ')}`;
  }
  return condition.present ? 'is set' : 'is not set';
}

/** What a message may print of a fact: the value as written when it came from outside the scanned files. */
function shownValue(fact: Fact): Value {
  return 'written' in fact ? fact.written! : fact.value;
}

export function show(value: Value): string {
  if (value instanceof Unknown) return '(unknown)';
  return JSON.stringify(value);
}
