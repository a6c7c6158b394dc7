/**
 * SARIF 2.1.0 as GitHub code scanning ingests it: relative URIs under %SRCROOT%,
 * every rule with its help (and a security-severity for security rules), fingerprints
 * that survive line moves, related locations for the deciding attribute and the need,
 * each linked from the message as GitHub requires to show it, suppressions, the fixes
 * `scan --fix` would make, and unreadable files as tool execution notifications.
 */
import type * as Sarif from 'sarif';
import { replacementOf, splitLines } from '../fix/lines.js';
import type { Finding, Fix, Location, RelatedLocation } from '../model.js';
import { REPOSITORY_URL, ruleDocUrl, ruleMarkdown, ruleText } from '../ruledocs.js';
import { jsonText } from './json-text.js';
import { fromRepositoryRoot, type FormatOptions, type Formatter } from './types.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const FINGERPRINT_KEY = 'strata/v1';

export const formatSarif: Formatter = (report, options) => {
  const physical = (location: Location) => physicalLocation(location, options);
  const uri = (path: string) => uriOf(path, options);
  const rules = [...options.rules].sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1));
  const ruleIndex = new Map(rules.map((r, i) => [r.meta.id, i]));
  const descriptors: Sarif.ReportingDescriptor[] = rules.map(({ meta }) => ({
    id: meta.id,
    name: meta.id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: meta.title },
    fullDescription: { text: meta.description },
    help: { text: ruleText(meta), markdown: ruleMarkdown(meta) },
    helpUri: ruleDocUrl(meta.id),
    defaultConfiguration: { level: meta.level },
    properties: {
      tags: meta.tags,
      precision: 'high',
      ...(meta.securitySeverity !== undefined ? { 'security-severity': meta.securitySeverity.toFixed(1) } : {}),
    },
  }));

  // Each file's lines split once, however many of its findings carry a fix.
  const linesOf = new Map<string, string[]>();
  const sourceLines = (file: string): string[] => {
    let lines = linesOf.get(file);
    if (!lines) {
      lines = splitLines(report.sources.get(file) ?? '');
      linesOf.set(file, lines);
    }
    return lines;
  };
  const resultOf = (finding: Finding): Sarif.Result => {
    const result: Sarif.Result = {
      ruleId: finding.ruleId,
      ruleIndex: ruleIndex.get(finding.ruleId)!,
      level: finding.level,
      message: { text: messageText(finding.message) + seeAlso(finding.related) },
      locations: [{ physicalLocation: physical(finding.location) }],
      partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
    };
    if (finding.related.length > 0) {
      result.relatedLocations = finding.related.map((r, id) => ({ id, physicalLocation: physical(r.location), message: { text: messageText(r.message) } }));
    }
    if (finding.baselineState) result.baselineState = finding.baselineState;
    if (finding.alternatives) result.properties = { alternatives: finding.alternatives };
    if (finding.fix) result.fixes = [sarifFix(finding.fix, sourceLines(finding.fix.file), options)];
    if (finding.suppressions.length > 0) {
      result.suppressions = finding.suppressions.map((s) => ({
        kind: s.kind,
        justification: s.justification,
        location: { physicalLocation: physical(s.location) },
      }));
    }
    return result;
  };

  const notifications: Sarif.Notification[] = report.diagnostics.map((d) => ({
    level: d.level,
    message: { text: messageText(d.message) },
    locations: [
      {
        physicalLocation: d.location ? physical(d.location) : { artifactLocation: { uri: uri(d.file), uriBaseId: '%SRCROOT%' } },
      },
    ],
    descriptor: { id: 'strata/unreadable-file' },
  }));

  const run: Sarif.Run = {
    tool: {
      driver: {
        name: 'strata',
        semanticVersion: options.toolVersion,
        version: options.toolVersion,
        informationUri: REPOSITORY_URL,
        rules: descriptors,
      },
    },
    invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
    // Written item by item (jsonText): nearly all of a big log.
    results: [],
    columnKind: 'utf16CodeUnits',
    // No absolute path: the log stays the same on every machine, and says nothing of the runner's disk.
    originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The root of the repository that was scanned.' } } },
  };
  if (options.category) run.automationDetails = { id: options.category.endsWith('/') ? options.category : `${options.category}/` };
  const log: Sarif.Log = { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] };
  return jsonText(log, { key: 'results', items: report.findings, toJson: resultOf });
};

/**
 * Plain text as SARIF reads it (§3.11.6): a bracket is link syntax, so a literal one is
 * escaped, and a name from the scanned tree can never forge a link.
 */
function messageText(text: string): string {
  return text.replace(/\\(?=[[\]])/g, '\\\\').replace(/[[\]]/g, (c) => `\\${c}`);
}

const ROLE_LABEL: Record<RelatedLocation['role'], string> = {
  decision: 'the deciding attribute',
  breach: 'the breach',
  need: 'the need',
  'module-call': 'the module call',
};

/** GitHub shows only the related locations a message links to (`[text](id)`): each is linked. */
function seeAlso(related: RelatedLocation[]): string {
  return related.length === 0 ? '' : ` (see ${related.map((r, id) => `[${ROLE_LABEL[r.role]}](${id})`).join(', ')})`;
}

/** A fix as the exact replacements `strata scan --fix` makes (§3.55), so a viewer can offer it. */
function sarifFix(fix: Fix, lines: string[], options: FormatOptions): Sarif.Fix {
  return {
    description: { text: messageText(fix.description) },
    artifactChanges: [
      {
        artifactLocation: { uri: uriOf(fix.file, options), uriBaseId: '%SRCROOT%' },
        replacements: fix.changes.map((change) => {
          const { text: inserted, ...region } = replacementOf(change, lines);
          return { deletedRegion: region, ...(inserted ? { insertedContent: { text: inserted } } : {}) };
        }),
      },
    ],
  };
}

function physicalLocation(location: Location, options: FormatOptions): Sarif.PhysicalLocation {
  return {
    artifactLocation: { uri: uriOf(location.file, options), uriBaseId: '%SRCROOT%' },
    region: {
      startLine: Math.max(1, location.startLine),
      startColumn: Math.max(1, location.startColumn),
      endLine: Math.max(1, location.endLine),
      endColumn: Math.max(1, location.endColumn),
    },
  };
}

/** A path relative to the repository root as a URI reference: each segment percent-encoded. */
function uriOf(path: string, options: FormatOptions): string {
  return fromRepositoryRoot(path, options)
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}
