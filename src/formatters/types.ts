import type { Diagnostic, Location, ScanReport } from '../model.js';
import type { Rule } from '../rule.js';

export interface FormatOptions {
  rules: readonly Rule[];
  color: boolean;
  /** SARIF automationDetails.id: tells GitHub which analysis a run belongs to. */
  category?: string;
  toolVersion: string;
  /** The built-in catalog's version (rules/catalog/version.yaml). */
  catalogVersion?: string;
  /**
   * The working directory relative to the repository root (POSIX, '' at the root): SARIF
   * and GitHub annotations name files from the root, whatever directory strata ran in.
   */
  repositoryPrefix?: string;
  /** Where the scanned commit can be browsed: locations in markdown and HTML become links. */
  sourceLinks?: SourceLinks;
  /** When the report was made (SOURCE_DATE_EPOCH when set, for reproducible reports). */
  generatedAt?: Date;
}

/** A commit on a forge, as GitHub Actions names it: GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_SHA. */
export interface SourceLinks {
  server: string;
  repository: string;
  sha: string;
}

/**
 * The links from the CI's environment, when all three are there and look like what a forge
 * sets: anything else (a value with quotes, spaces or another scheme) gives no links at all.
 */
export function sourceLinksFrom(env: Record<string, string | undefined>): SourceLinks | undefined {
  const server = env.GITHUB_SERVER_URL?.replace(/\/+$/, '');
  const repository = env.GITHUB_REPOSITORY;
  const sha = env.GITHUB_SHA;
  if (!server || !/^https?:\/\/[A-Za-z0-9.-]+(:\d+)?(\/[A-Za-z0-9._~-]+)*$/.test(server)) return undefined;
  if (!repository || !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository)) return undefined;
  if (!sha || !/^[0-9a-f]{7,64}$/.test(sha)) return undefined;
  return { server, repository, sha };
}

/** The URL of a location's first line on the forge, or undefined without source links. */
export function sourceUrl(location: Location, options: FormatOptions): string | undefined {
  const links = options.sourceLinks;
  if (!links) return undefined;
  const path = fromRepositoryRoot(location.file, options)
    .split('/')
    // Parentheses and quotes too: the URL goes into markdown link syntax and HTML attributes.
    .map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
  return `${links.server}/${links.repository}/blob/${links.sha}/${path}#L${location.startLine}`;
}

/** A report path (relative to the working directory) as the repository sees it. */
export function fromRepositoryRoot(path: string, options: FormatOptions): string {
  if (!options.repositoryPrefix) return path;
  const parts: string[] = [];
  for (const part of `${options.repositoryPrefix}/${path}`.split('/')) {
    if (part === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

/** A diagnostic as the JSON formats write it: `line`/`column` null when it is about the whole file. */
export function diagnosticJson(d: Diagnostic) {
  return { file: d.file, line: d.location?.startLine ?? null, column: d.location?.startColumn ?? null, level: d.level, message: d.message };
}

/**
 * A report's text: one string, or its pieces in order, each made when it is taken (a big JSON
 * report: its text is never whole in memory, see json-text.ts). Taken once.
 */
export type ReportText = string | Iterable<string>;

/** A formatter; one whose text is always one string says so (`Formatter<string>`). */
export type Formatter<Text extends ReportText = ReportText> = (report: ScanReport, options: FormatOptions) => Text;

/** The whole text of a report, for a caller that wants it at once (the API, tests). */
export function wholeText(text: ReportText): string {
  return typeof text === 'string' ? text : Array.from(text).join('');
}
