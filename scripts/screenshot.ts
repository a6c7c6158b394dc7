/** npm run screenshot: renders the examples' HTML report in headless Chromium to docs/html-report.png. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { rules } from '../rules/index.js';
import { packageRoot } from '../src/data.js';
import { formatHtml } from '../src/formatters/html.js';
import { builtInEnvironment, scan } from '../src/scan.js';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.js';

const report = await scan({ cwd: join(packageRoot, 'examples'), paths: ['.'] });
const page = join(mkdtempSync(join(tmpdir(), 'strata-shot-')), 'report.html');
const { version } = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string };
writeFileSync(page, formatHtml(report, { rules, color: false, toolVersion: version, catalogVersion: builtInEnvironment().catalog.version }));
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const tab = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
await tab.goto(`file://${page}`);
await tab.screenshot({ path: join(packageRoot, 'docs', 'html-report.png') });
await browser.close();
console.log('wrote docs/html-report.png');
