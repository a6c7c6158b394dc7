/** The github and markdown formats, pinned by golden files; json's fields, the text summary, HTML's parts, links to the forge. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { formatGithub } from '../src/formatters/github.js';
import { formatJson } from '../src/formatters/json.js';
import { formatHtml } from '../src/formatters/html.js';
import { wholeText } from '../src/formatters/types.js';
import { formatMarkdown } from '../src/formatters/markdown.js';
import { formatText } from '../src/formatters/text.js';
import { sourceLinksFrom } from '../src/formatters/types.js';
import { scan } from '../src/scan.js';
import { fixturesDir } from './helpers.js';

const dir = join(fixturesDir, 'terraform', 'rules-showcase');
const options = { rules, color: false, toolVersion: '0.0.0-test' };

describe('formats', () => {
  it('github: one workflow command per unsuppressed finding', async () => {
    const output = formatGithub(await scan({ cwd: dir, paths: ['.'], today: '2026-06-01' }), options);
    await expect(output).toMatchFileSnapshot(join(dir, 'expected.github.txt'));
    expect(output.split('\n')[0]).toBe(
      '::warning file=main.tf,line=2,endLine=2,col=1,endColumn=30,title=strata heavier-than-needed::aws_instance.api runs on Amazon EC2 instance, stratum 2 (os), but needs only stratum 1 (process) (needs=process); for stratum 1 (process) consider Amazon ECS task on Fargate, AWS Lambda function or AWS App Runner service',
    );
  });

  it('github: escapes what the runner would misread', async () => {
    const report = await scan({ cwd: join(fixturesDir, 'terraform', 'broken-hcl'), paths: ['.'] });
    report.findings[0]!.message = '50% done,\nreally: yes';
    expect(formatGithub(report, options)).toContain('::50%25 done,%0Areally: yes');
  });

  it('json: each finding about a workload says its technology, stratum and need; versions and totals', async () => {
    const output = JSON.parse(wholeText(formatJson(await scan({ cwd: dir, paths: ['.'], today: '2026-06-01' }), { ...options, catalogVersion: '9.9.9' }))) as {
      tool: unknown;
      catalog: unknown;
      totals: unknown;
      findings: Array<{ ruleId: string; address: string | null; technology: string | null; stratum: number | null; need: unknown }>;
    };
    expect(output.tool).toEqual({ name: 'strata', version: '0.0.0-test' });
    expect(output.catalog).toEqual({ version: '9.9.9' });
    expect(output.totals).toEqual({ findings: 13, errors: 3, warnings: 6, notes: 4, suppressed: 1, inBaseline: 0, workloads: 11, files: 1, diagnostics: 0 });
    const api = output.findings.find((f) => f.address === 'aws_instance.api')!;
    expect(api).toMatchObject({ technology: 'aws-ec2-instance', stratum: 2, need: { stratum: 1, needs: 'process', reason: 'stateless API', source: 'comment' } });
    expect(output.findings.find((f) => f.address === 'google_compute_instance.runner')).toMatchObject({ stratum: 2, need: null });
    expect(output.findings.find((f) => f.ruleId === 'invalid-annotation')).toMatchObject({ address: null, technology: null, stratum: null, need: null });
  });

  it('markdown: a job summary with the strata table and the findings by rule', async () => {
    const output = formatMarkdown(await scan({ cwd: dir, paths: ['.'], today: '2026-06-01' }), options);
    await expect(output).toMatchFileSnapshot(join(dir, 'expected.md'));
    expect(output).toContain('| **2 os** | 3 | 1 | 0 | 1 |');
  });

  it('text: the findings column of the per-stratum table adds up to the total, annotations on their own row', async () => {
    const output = formatText(await scan({ cwd: dir, paths: ['.'], today: '2026-06-01' }), options);
    const table = output.split('\n').filter((l) => /^(\d \w+|no workload) /.test(l));
    expect(table.at(-1)).toMatch(/^no workload +3$/);
    expect(table.reduce((sum, line) => sum + Number(line.trim().split(/ +/).at(-1)), 0)).toBe(13);
    expect(output).toContain('13 finding(s)');
  });

  it('html: the used/needed table says which cells are heavier and which lighter; suppressed count, version and time', async () => {
    const output = formatHtml(await scan({ cwd: dir, paths: ['.'], today: '2026-06-01' }), { ...options, catalogVersion: '1.2.3', generatedAt: new Date(1_700_000_000_000) });
    expect(output).toMatch(/<caption>[^<]*<span class="heavier">[^<]*<\/span>, left of the diagonal, are <strong>heavier than needed<\/strong>/);
    expect(output).toContain('<strong>lighter than needed</strong>');
    expect(output).toContain(
      '<tr><th scope="row">2 os</th><td class="heavier" title="heavier than needed">3</td><td class="fits" title="runs on what it needs">1</td><td class="lighter" title="lighter than needed">0</td><td class="undeclared">1</td></tr>',
    );
    expect(output).toContain('<span id="suppressed">1 suppressed or in the baseline.</span>');
    expect(output).toContain('strata 0.0.0-test (catalog 1.2.3), <time datetime="2023-11-14T22:13:20.000Z">2023-11-14 22:13:20 UTC</time>');
    expect(output).not.toContain('id="no-findings"');
  });

  it('html: an empty report says so, and hides the filters', async () => {
    const report = await scan({ cwd: dir, paths: ['.'], today: '2026-06-01' });
    report.findings = [];
    const output = formatHtml(report, options);
    expect(output).toContain('<p id="no-findings">No findings in 11 workload(s) across 1 file(s).</p><div class="filters" hidden>');
  });

  it('markdown and html: locations link to the line on the forge when GITHUB_SERVER_URL, GITHUB_REPOSITORY and GITHUB_SHA say where', async () => {
    const report = await scan({ cwd: dir, paths: ['.'], today: '2026-06-01' });
    const sourceLinks = sourceLinksFrom({ GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/infra', GITHUB_SHA: 'abc1234' });
    const linked = { ...options, sourceLinks, repositoryPrefix: 'deploy (prod)' };
    const url = 'https://github.com/acme/infra/blob/abc1234/deploy%20%28prod%29/main.tf#L2';
    expect(formatMarkdown(report, linked)).toContain(`| warning | [main.tf:2:1](${url}) |`);
    expect(formatHtml(report, linked)).toContain(`<a href="${url}"><code>main.tf:2:1</code></a>`);
    expect(formatMarkdown(report, options)).toContain('| warning | main.tf:2:1 |');
  });

  it('source links: only from values shaped like what a forge sets', () => {
    const good = { GITHUB_SERVER_URL: 'https://github.example.com/', GITHUB_REPOSITORY: 'acme/infra', GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567' };
    expect(sourceLinksFrom(good)).toEqual({ server: 'https://github.example.com', repository: 'acme/infra', sha: good.GITHUB_SHA });
    for (const bad of [
      { GITHUB_SERVER_URL: 'javascript:alert(1)' },
      { GITHUB_SERVER_URL: 'https://x.com/"><script>' },
      { GITHUB_REPOSITORY: 'acme/infra)[x](y' },
      { GITHUB_SHA: 'main' },
      { GITHUB_SHA: undefined },
    ]) {
      expect(sourceLinksFrom({ ...good, ...bad })).toBeUndefined();
    }
  });
});
