/**
 * SARIF output: valid against the official 2.1.0 schema, and shaped as GitHub code
 * scanning ingests it. The snapshot pins the whole log for one fixture.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type * as Sarif from 'sarif';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { packageRoot } from '../src/data.js';
import { FINGERPRINT_KEY, formatSarif } from '../src/formatters/sarif.js';
import { wholeText } from '../src/formatters/types.js';
import { FORMATS } from '../src/parsers/registry.js';
import { scan } from '../src/scan.js';
import { fixtureCases, fixturesDir } from './helpers.js';

// ajv-draft-04 and ajv-formats are CommonJS whose module.exports is the function itself.
const require = createRequire(import.meta.url);
const Ajv04 = require('ajv-draft-04') as typeof import('ajv').Ajv;
const addFormats = require('ajv-formats') as typeof import('ajv-formats').default;
// With formats checked: every `uri`, `uri-reference` and `date-time` in the log is one.
const validate = addFormats(new Ajv04({ allErrors: true, strict: false })).compile(
  JSON.parse(readFileSync(join(packageRoot, 'tests', 'schemas', 'sarif-schema-2.1.0.json'), 'utf8')),
);

async function sarifFor(dir: string, category?: string): Promise<Sarif.Log> {
  // With every fix worked out, as the CLI does for SARIF: each result's `fixes` is validated too.
  const report = await scan({ cwd: dir, paths: ['.'], today: '2026-06-01', fixes: { kinds: ['declare-need', 'remove-suppression'] } });
  return JSON.parse(wholeText(formatSarif(report, { rules, color: false, category, toolVersion: '0.0.0-test' }))) as Sarif.Log;
}

function expectGitHubShaped(log: Sarif.Log): void {
  expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
  const run = log.runs[0]!;
  const ids = run.tool.driver.rules!.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const rule of run.tool.driver.rules!) {
    expect(rule.shortDescription?.text).toBeTruthy();
    expect(rule.fullDescription?.text).toBeTruthy();
    expect(rule.help?.text).toBeTruthy();
    expect(rule.help?.markdown).toBeTruthy();
    expect(rule.helpUri).toMatch(/^https:\/\//);
  }
  const locations = [
    ...(run.results ?? []).flatMap((r) => [...(r.locations ?? []), ...(r.relatedLocations ?? [])]),
    ...(run.invocations ?? []).flatMap((i) => (i.toolExecutionNotifications ?? []).flatMap((n) => n.locations ?? [])),
  ];
  for (const location of locations) {
    const physical = location.physicalLocation!;
    expect(physical.artifactLocation!.uri).toMatch(/^[^/].+/);
    expect(physical.artifactLocation!.uri).not.toMatch(/^[a-z]+:/i);
    expect(physical.artifactLocation!.uriBaseId).toBe('%SRCROOT%');
    if (physical.region) {
      expect(physical.region.startLine).toBeGreaterThanOrEqual(1);
      expect(physical.region.startColumn).toBeGreaterThanOrEqual(1);
    }
  }
  for (const result of run.results ?? []) {
    expect(run.tool.driver.rules![result.ruleIndex!]!.id).toBe(result.ruleId);
    expect(result.partialFingerprints?.[FINGERPRINT_KEY]).toMatch(/^[0-9a-f]{32}$/);
    // GitHub shows a related location only when the message links to it (SARIF §3.11.6).
    const linked = [...result.message.text!.matchAll(/(?<!\\)\[[^\]]*\]\((\d+)\)/g)].map((m) => Number(m[1]));
    expect(linked).toEqual((result.relatedLocations ?? []).map((r) => r.id));
  }
  for (const rule of run.tool.driver.rules!) {
    const severity = rule.properties?.['security-severity'] as string | undefined;
    if (rule.properties?.tags?.includes('security')) expect(Number(severity)).toBeGreaterThan(0);
    else expect(severity).toBeUndefined();
  }
  expect(run.originalUriBaseIds?.['%SRCROOT%']?.description?.text).toBeTruthy();
}

describe('SARIF', () => {
  it.each(FORMATS.flatMap((f) => fixtureCases(f.id)).map((c) => [c.name, c.dir] as const))('is valid and GitHub-shaped for the %s fixture', async (_name, dir) => {
    expectGitHubShaped(await sarifFor(dir));
  });

  it('is valid for the bundled examples', async () => {
    expectGitHubShaped(await sarifFor(join(packageRoot, 'examples')));
  });

  it('matches the snapshot for the rules-showcase fixture', async () => {
    const dir = join(fixturesDir, 'terraform', 'rules-showcase');
    const log = await sarifFor(dir, 'strata/terraform');
    expect(log.runs[0]!.automationDetails).toEqual({ id: 'strata/terraform/' });
    await expect(`${JSON.stringify(log, null, 2)}\n`).toMatchFileSnapshot(join(dir, 'expected.sarif'));
  });

  it('links each related location from the message, and escapes brackets so a name cannot forge a link', async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'strata-links-'));
    try {
      writeFileSync(
        join(dir, 'main.tf'),
        '# strata: needs=process reason="x"\nresource "docker_container" "[evil](https://example.com)\\\\[x]" {\n  image = "a"\n  privileged = true\n}\n',
      );
      const log = await sarifFor(dir);
      expectGitHubShaped(log);
      const breach = log.runs[0]!.results!.find((r) => r.ruleId === 'isolation-breach')!;
      expect(breach.message.text).toBe(
        'docker_container.\\[evil\\](https://example.com)\\\\\\[x\\] runs on Docker container but drops its isolation: privileged mode gives the container every capability and all host devices (privileged = true) (see [the breach](0), [the need](1))',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('checks formats: a URI with a space in it is not one', async () => {
    const log = await sarifFor(join(fixturesDir, 'terraform', 'rules-showcase'));
    log.runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation!.uri = 'main file.tf';
    expect(validate(log)).toBe(false);
    expect(validate.errors?.some((e) => e.keyword === 'format')).toBe(true);
  });

  it('keeps fingerprints when the code moves down the file', async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'strata-fp-'));
    try {
      const body = '# strata: needs=process reason="api"\nresource "aws_instance" "api" {\n  instance_type = "t3.small"\n}\n';
      writeFileSync(join(dir, 'main.tf'), body);
      const before = (await sarifFor(dir)).runs[0]!.results!;
      writeFileSync(join(dir, 'main.tf'), `# moved\n\n\n${body}`);
      const after = (await sarifFor(dir)).runs[0]!.results!;
      expect(after.map((r) => r.locations![0]!.physicalLocation!.region!.startLine)).toEqual(before.map((r) => r.locations![0]!.physicalLocation!.region!.startLine! + 3));
      expect(after.map((r) => r.partialFingerprints)).toEqual(before.map((r) => r.partialFingerprints));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
