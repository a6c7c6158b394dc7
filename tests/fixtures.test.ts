/**
 * Every fixture case: a tree in, the exact findings (rule, file, line, column, level),
 * diagnostics and, where listed, the inventory out.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../src/config.js';
import { FORMATS } from '../src/parsers/registry.js';
import { scan } from '../src/scan.js';
import { actualFindings, fileProblems, fixtureCases, readExpected } from './helpers.js';

describe.each(FORMATS.map((f) => f.id))('%s fixtures', (format) => {
  it.each(fixtureCases(format).map((c) => [c.name, c] as const))('%s', async (_name, fixture) => {
    const expected = readExpected(fixture.dir);
    const configPath = join(fixture.dir, '.strata.yml');
    const config = existsSync(configPath) ? loadConfig(configPath, fixture.dir) : undefined;
    const report = await scan({ cwd: fixture.dir, paths: ['.'], today: expected.today ?? '2026-06-01', config });
    expect(actualFindings(report)).toEqual(expected.findings);
    expect(fileProblems(report).map((d) => ({ file: d.file, line: d.location?.startLine ?? null, column: d.location?.startColumn ?? null, message: d.message }))).toEqual(
      (expected.diagnostics ?? []).map((d) => ({ ...d, message: expect.stringContaining(d.message) as unknown as string })),
    );
    if (expected.workloads) {
      expect(
        report.workloads.map((w) => ({
          address: w.address,
          technology: w.technology,
          stratum: w.stratum,
          need: w.need?.stratum ?? null,
          ...(expected.workloads!.some((e) => 'needSource' in e) ? { needSource: w.need?.source.kind ?? null } : {}),
        })),
      ).toEqual(expected.workloads);
    }
  });
});
