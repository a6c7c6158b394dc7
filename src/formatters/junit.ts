/**
 * JUnit XML, the test report Jenkins (JUnit plugin), GitLab (`artifacts: reports: junit`)
 * and Azure DevOps (PublishTestResults) show in their test tabs. Each scanned file is a
 * test suite; each finding a failed test case named by rule, place and workload; a file with
 * nothing to report one passing case; suppressed and baselined findings, and files that
 * could not be scanned, are skipped cases, so they are counted without failing anything.
 */
import type { Finding } from '../model.js';
import { isReported } from '../model.js';
import { ruleDocUrl } from '../ruledocs.js';
import { xmlText as x } from '../text/escape.js';
import { fromRepositoryRoot, type FormatOptions, type Formatter } from './types.js';

interface TestCase {
  classname: string;
  name: string;
  file: string;
  line?: number;
  failure?: { message: string; type: string; text: string };
  skipped?: string;
}

export const formatJunit: Formatter<string> = (report, options) => {
  const path = (file: string) => fromRepositoryRoot(file, options);
  const byFile = new Map<string, TestCase[]>();
  const add = (file: string, testCase: TestCase) => {
    const cases = byFile.get(file);
    if (cases) cases.push(testCase);
    else byFile.set(file, [testCase]);
  };
  for (const file of report.files) byFile.set(path(file.path), []);
  for (const finding of report.findings) add(path(finding.location.file), findingCase(finding, options));
  for (const d of report.diagnostics) {
    const where = d.location ? `:${d.location.startLine}:${d.location.startColumn}` : '';
    add(path(d.file), { classname: 'strata.file-not-scanned', name: `${path(d.file)}${where}`, file: path(d.file), line: d.location?.startLine, skipped: d.message });
  }
  const suites = [...byFile]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([file, cases]) => ({ file, cases: cases.length > 0 ? cases : [{ classname: 'strata', name: file, file }] }));
  const all = suites.flatMap((s) => s.cases);
  return ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="strata" ${counts(all)}>`, ...suites.map((s) => suite(s.file, s.cases)), '</testsuites>', ''].join('\n');
};

function findingCase(finding: Finding, options: FormatOptions): TestCase {
  const file = fromRepositoryRoot(finding.location.file, options);
  const at = `${file}:${finding.location.startLine}:${finding.location.startColumn}`;
  const testCase: TestCase = { classname: `strata.${finding.ruleId}`, name: finding.address ? `${at} ${finding.address}` : at, file, line: finding.location.startLine };
  if (finding.suppressions.length > 0) return { ...testCase, skipped: `suppressed: ${finding.suppressions.map((s) => s.justification).join('; ')}` };
  if (!isReported(finding)) return { ...testCase, skipped: 'in the baseline' };
  const related = finding.related.map((r) => `see ${fromRepositoryRoot(r.location.file, options)}:${r.location.startLine}:${r.location.startColumn} ${r.message}`);
  return {
    ...testCase,
    failure: {
      message: finding.message,
      type: finding.level,
      text: [`${finding.level}: ${finding.message}`, `at ${at}`, ...related, `rule: ${ruleDocUrl(finding.ruleId)}`].join('\n'),
    },
  };
}

function counts(cases: TestCase[]): string {
  return `tests="${cases.length}" failures="${cases.filter((c) => c.failure).length}" errors="0" skipped="${cases.filter((c) => c.skipped !== undefined).length}"`;
}

function suite(file: string, cases: TestCase[]): string {
  return [`  <testsuite name="${x(file)}" ${counts(cases)}>`, ...cases.map(testCase), '  </testsuite>'].join('\n');
}

function testCase(c: TestCase): string {
  const head = `    <testcase classname="${x(c.classname)}" name="${x(c.name)}" file="${x(c.file)}"${c.line !== undefined ? ` line="${c.line}"` : ''}`;
  if (c.failure) {
    // Every line of the body starts with text strata writes, never with a name from the scanned tree.
    const body = c.failure.text.split('\n').map(x).join('\n');
    return `${head}>\n      <failure message="${x(c.failure.message)}" type="${c.failure.type}">${body}</failure>\n    </testcase>`;
  }
  if (c.skipped !== undefined) return `${head}>\n      <skipped message="${x(c.skipped)}"/>\n    </testcase>`;
  return `${head}/>`;
}
