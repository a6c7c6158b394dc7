/** The github and markdown formats, pinned by golden files; the text format's summary. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { formatGithub } from '../src/formatters/github.js';
import { formatMarkdown } from '../src/formatters/markdown.js';
import { scan } from '../src/scan.js';
import { fixturesDir } from './helpers.js';

const dir = join(fixturesDir, 'terraform', 'rules-showcase');
const options = { rules, color: false, toolVersion: '0.0.0-test' };

describe('formats', () => {
  it('github: one workflow command per unsuppressed finding', async () => {
    const output = formatGithub(await scan({ cwd: dir, paths: ['.'], today: '2026-06-01' }), options);
    await expect(output).toMatchFileSnapshot(join(dir, 'expected.github.txt'));
    expect(output.split('\n')[0]).toBe(
      '::warning file=main.tf,line=2,endLine=2,col=1,endColumn=30,title=strata heavier-than-needed::aws_instance.api runs on Amazon EC2 instance, stratum 2 (os), but needs only stratum 1 (process) (needs=process)',
    );
  });

  it('github: escapes what the runner would misread', async () => {
    const report = await scan({ cwd: join(fixturesDir, 'terraform', 'broken-hcl'), paths: ['.'] });
    report.findings[0]!.message = '50% done,\nreally: yes';
    expect(formatGithub(report, options)).toContain('::50%25 done,%0Areally: yes');
  });

  it('markdown: a job summary with the strata table and the findings by rule', async () => {
    const output = formatMarkdown(await scan({ cwd: dir, paths: ['.'], today: '2026-06-01' }), options);
    await expect(output).toMatchFileSnapshot(join(dir, 'expected.md'));
    expect(output).toContain('| **2 os** | 3 | 1 | 0 | 1 |');
  });
});
