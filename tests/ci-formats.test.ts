/**
 * The CI formats — junit, checkstyle, gitlab — pinned by golden files on the rules showcase,
 * each valid against what its consumer reads (tests/schemas), and still valid with hostile
 * names: every character XML 1.0 forbids is shown as an escape, never written.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { rules } from '../rules/index.js';
import { run } from '../src/cli.js';
import { packageRoot } from '../src/data.js';
import { formatCheckstyle } from '../src/formatters/checkstyle.js';
import { formatGitlab } from '../src/formatters/gitlab.js';
import { formatJunit } from '../src/formatters/junit.js';
import { wholeText } from '../src/formatters/types.js';
import { scan } from '../src/scan.js';
import { guardOutput, xmlText } from '../src/text/escape.js';
import { fixturesDir } from './helpers.js';

const schema = (name: string) => readFileSync(join(packageRoot, 'tests', 'schemas', name), 'utf8');
const validateGitlab = new Ajv({ allErrors: true }).compile(JSON.parse(schema('gitlab-codequality.schema.json')) as object);

async function expectValidXml(xml: string, xsd: string): Promise<void> {
  const result = await validateXML({ xml: [{ fileName: 'report.xml', contents: xml }], schema: [schema(xsd)] });
  expect(result.errors.map((e) => e.message)).toEqual([]);
}

function expectValidGitlab(json: string): Array<{ fingerprint: string }> {
  const issues = JSON.parse(json) as Array<{ fingerprint: string }>;
  expect(validateGitlab(issues), JSON.stringify(validateGitlab.errors, null, 2)).toBe(true);
  expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
  return issues;
}

const showcase = join(fixturesDir, 'terraform', 'rules-showcase');
const options = { rules, color: false, toolVersion: '0.0.0-test' };
const showcaseReport = () => scan({ cwd: showcase, paths: ['.'], today: '2026-06-01' });

describe('CI formats on the rules showcase', () => {
  it('junit: a suite per file, a failed case per finding, the suppressed one skipped', async () => {
    const output = formatJunit(await showcaseReport(), options);
    await expect(output).toMatchFileSnapshot(join(showcase, 'expected.junit.xml'));
    await expectValidXml(output, 'junit.xsd');
    expect(output).toContain('<testsuites name="strata" tests="14" failures="13" errors="0" skipped="1">');
    expect(output).toContain('<skipped message="suppressed: accepted until the Q3 migration"/>');
  });

  it('checkstyle: an error per unsuppressed finding, the rule as source', async () => {
    const output = formatCheckstyle(await showcaseReport(), options);
    await expect(output).toMatchFileSnapshot(join(showcase, 'expected.checkstyle.xml'));
    await expectValidXml(output, 'checkstyle.xsd');
    expect(output.match(/<error /g)).toHaveLength(13);
  });

  it('gitlab: a Code Quality issue per unsuppressed finding, each fingerprint unique', async () => {
    const output = wholeText(formatGitlab(await showcaseReport(), options));
    await expect(output).toMatchFileSnapshot(join(showcase, 'expected.gitlab.json'));
    expect(expectValidGitlab(output)).toHaveLength(13);
  });

  it('name files from the repository root, whatever directory strata ran in', async () => {
    const report = await showcaseReport();
    const prefixed = { ...options, repositoryPrefix: 'infra/prod' };
    expect(formatCheckstyle(report, prefixed)).toContain('<file name="infra/prod/main.tf">');
    expect(formatJunit(report, prefixed)).toContain('file="infra/prod/main.tf"');
    expect(wholeText(formatGitlab(report, prefixed))).toContain('"path": "infra/prod/main.tf"');
  });

  it('are valid for a scan with nothing to report', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'strata-ci-formats-empty-'));
    const report = await scan({ cwd: empty, paths: ['.'] });
    rmSync(empty, { recursive: true });
    await expectValidXml(formatJunit(report, options), 'junit.xsd');
    await expectValidXml(formatCheckstyle(report, options), 'checkstyle.xsd');
    expect(wholeText(formatGitlab(report, options))).toBe('[]\n');
  });
});

describe('CI formats with hostile names', () => {
  // A resource name and a file name holding markup, controls, non-characters and workflow commands.
  const NAME = `a&b<c>d'e]]>\u0001\u001b[2J\ufffe\uffff::error::x ##[error]y`;
  const FILE = `"${NAME}.tf`;
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'strata-ci-formats-'));
    writeFileSync(join(root, FILE), `resource "aws_instance" "${NAME}" {\n  instance_type = "t3.micro"\n}\n`);
    writeFileSync(join(root, 'broken.tf'), `resource "x" {\n::error::${NAME}\n  "\u0003\n`);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  async function cli(format: string): Promise<string> {
    let stdout = '';
    await run(['scan', '--format', format], { cwd: root, stdout: (t) => (stdout += t), stderr: () => undefined, colorByDefault: false });
    return stdout;
  }

  it.each([
    ['junit', 'junit.xsd'],
    ['checkstyle', 'checkstyle.xsd'],
  ])('%s: stays valid XML, every name shown as text', async (format, xsd) => {
    const output = await cli(format);
    await expectValidXml(output, xsd);
    expect(output).toContain('&quot;a&amp;b&lt;c&gt;d&#39;e]]&gt;\\u0001\\e[2J\\ufffe\\uffff::error::x ##&#91;error]y.tf');
    expect(output).toContain('aws_instance.a&amp;b&lt;c&gt;d&#39;e]]&gt;\\u0001\\e[2J\\ufffe\\uffff::error::x ##&#91;error]y');
    expect(output).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
    expect(output).not.toContain('##[');
    for (const line of output.split('\n')) expect(line.trimStart()).not.toMatch(/^::/);
  });

  it('gitlab: stays valid JSON that GitLab reads', async () => {
    const output = await cli('gitlab');
    expectValidGitlab(output);
    expect(output).not.toContain('##[');
    const paths = (JSON.parse(output) as Array<{ location: { path: string } }>).map((i) => i.location.path);
    expect(paths).toContain(FILE);
  });

  it('the xml guard neutralises a workflow command with character references, and the XML stays valid', async () => {
    const xml = (body: string) =>
      `<testsuites><testsuite name="s" tests="1" failures="1" errors="0"><testcase classname="c" name="n"><failure>\n${body}</failure></testcase></testsuite></testsuites>\n`;
    const guarded = guardOutput(xml('::error file=x::forged ##[group]y\rz'), 'xml');
    expect(guarded).toBe(xml('&#58;:error file=x::forged ##&#91;group]y&#13;z'));
    await expectValidXml(guarded, 'junit.xsd');
  });

  it('xmlText: a surrogate without its pair is shown, never written', () => {
    expect(xmlText('a\ud800b\udc00c\ud83d\ude00')).toBe('a\\ud800b\\udc00c\ud83d\ude00');
  });
});
