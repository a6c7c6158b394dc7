/**
 * The technology catalog (rules/catalog/*.yaml): which workload kinds strata knows,
 * the stratum each serves, and the attribute values that change it. Matching is
 * data-driven; this module only evaluates conditions against a workload's facts.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { wildcardMatcher } from './glob.js';
import { bundledData, DataError, loadYamlData, rulesDir } from './data.js';
import type { Alternative, ClassifiedWorkload, Evidence, Fact, Format, Stratum, Value, Workload } from './model.js';
import { closest } from './suggest.js';
import { Unknown } from './model.js';

type Scalar = string | number | boolean;

/** rules/catalog/*.yaml, each validated, in file-name order: what the build bundles and a source run reads. */
export function loadCatalogFiles(): Required<CatalogFile> {
  const dir = join(rulesDir, 'catalog');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((file) => ({ file, ...loadYamlData<CatalogFile>(join(dir, file), 'catalog.schema.json') }));
  const technologies = files.flatMap((f) => f.technologies ?? []);
  // What the schema cannot check, checked when the build bundles the catalog.
  resolveAlternatives(technologies);
  return { version: catalogVersion(files), technologies, breaches: files.flatMap((f) => f.breaches ?? []) };
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
  alternatives?: AlternativeEntry[];
}

/** An entry's `alternatives` item as written: a technology of the catalog by id, or one it has no entry for. */
export type AlternativeEntry = { technology: string; note?: string } | { name: string; stratum: Stratum; reference: string; note?: string };

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
  'technology' | 'technologyName' | 'stratum' | 'possibleStrata' | 'nestedVirtualization' | 'sharesHostKernel' | 'isolationBreaches' | 'evidence' | 'alternatives'
>;

export class Catalog {
  private readonly byKind = new Map<string, Array<{ technology: Technology; match: Match }>>();
  private readonly breachesByKind = new Map<string, Array<{ breach: Breach; match: Match }>>();
  private readonly alternatives: Map<Technology, Alternative[]>;

  constructor(
    readonly technologies: Technology[],
    readonly breaches: Breach[],
    /** The built-in catalog's version (rules/catalog/version.yaml). */
    readonly version = 'unknown',
  ) {
    this.alternatives = resolveAlternatives(technologies);
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

  /** The technology of this id (the first, where a config's entry shadows a built-in one). */
  technology(id: string): Technology | undefined {
    return this.technologies.find((t) => t.id === id);
  }

  /** A technology's alternatives, resolved against the catalog. */
  alternativesOf(technology: Technology): Alternative[] {
    return this.alternatives.get(technology) ?? [];
  }

  /** The technologies a workload kind (`aws_instance`, `virtualbox`) may be, in any format, most specific first. */
  ofKind(kind: string): Technology[] {
    const found = [...this.byKind.entries()].filter(([k]) => k.endsWith(`\u0000${kind}`)).flatMap(([, list]) => list.map((m) => m.technology));
    return [...new Set(found)];
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
        alternatives: this.alternativesOf(technology),
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

/**
 * Each technology's alternatives, resolved against the catalog (a technology named by id lends
 * its name, stratum and reference), in the order written. A schema cannot compare across
 * entries, so this is where an alternative that names no technology, or serves no lower
 * stratum than its technology, is refused: a DataError naming the entry.
 */
export function resolveAlternatives(technologies: Technology[]): Map<Technology, Alternative[]> {
  const byId = new Map<string, Technology>();
  for (const technology of technologies) if (!byId.has(technology.id)) byId.set(technology.id, technology);
  const resolved = new Map<Technology, Alternative[]>();
  const problems: string[] = [];
  for (const technology of technologies) {
    const list: Alternative[] = [];
    for (const entry of technology.alternatives ?? []) {
      const note = entry.note === undefined ? {} : { note: entry.note };
      let alternative: Alternative;
      if ('technology' in entry) {
        const target = byId.get(entry.technology);
        if (!target) {
          const near = closest(entry.technology, [...byId.keys()]);
          problems.push(`catalog technology ${technology.id}: its alternative "${entry.technology}" is no technology of the catalog${near ? `; did you mean "${near}"?` : ''}`);
          continue;
        }
        alternative = { technology: target.id, name: target.name, stratum: target.stratum, reference: target.reference, ...note };
      } else {
        alternative = { name: entry.name, stratum: entry.stratum, reference: entry.reference, ...note };
      }
      if (alternative.stratum >= technology.stratum) {
        problems.push(
          `catalog technology ${technology.id} (stratum ${technology.stratum}): its alternative ${alternative.technology ?? JSON.stringify(alternative.name)} serves stratum ${alternative.stratum}; an alternative must serve a lower stratum`,
        );
        continue;
      }
      list.push(alternative);
    }
    resolved.set(technology, list);
  }
  if (problems.length > 0) throw new DataError(problems.join('; '), problems);
  return resolved;
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

/** `terraform aws_instance, aws_launch_template when instance_type matches "*.metal"`: what an entry matches, in words. */
export function describeMatch(match: Match): string {
  const when = (match.when ?? []).map((c) => `${c.attribute} ${describe(c)}`);
  return `${match.format} ${match.kinds.join(', ')}${when.length > 0 ? ` when ${when.join(' and ')}` : ''}`;
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
