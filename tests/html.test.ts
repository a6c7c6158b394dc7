/**
 * The HTML report in a real browser: Debian's headless Chromium, driven by
 * playwright-core. The chart and the findings are there, the filters work, and the page
 * makes no network request.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { CHROMIUM, CHROMIUM_ARGS } from '../scripts/chromium.js';
import { packageRoot } from '../src/data.js';
import { formatHtml } from '../src/formatters/html.js';
import { isReported } from '../src/model.js';
import { scan } from '../src/scan.js';

let browser: Browser;
let dir: string;
let page: string;
let reported: number;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw missingChromium();
  const report = await scan({ cwd: join(packageRoot, 'examples'), paths: ['.'], today: '2026-06-01' });
  reported = report.findings.filter(isReported).length;
  dir = mkdtempSync(join(tmpdir(), 'strata-html-'));
  page = join(dir, 'report.html');
  writeFileSync(page, formatHtml(report, { rules, color: false, toolVersion: '0.0.0-test' }));
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** One line that says what to do, with no stack or code frame to read past. */
function missingChromium(): Error {
  const error = new Error(`The HTML report test needs Chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  error.stack = `${error.name}: ${error.message}`;
  return error;
}

describe('the HTML report, in headless Chromium', () => {
  it('shows the chart and every finding, filters by rule and level, and requests nothing', async () => {
    const tab = await browser.newPage();
    const requests: string[] = [];
    tab.on('request', (request) => requests.push(request.url()));
    await tab.goto(`file://${page}`);

    expect(await tab.locator('#strata-chart rect.bar').count()).toBe(12);
    expect(await tab.locator('.finding').count()).toBe(reported);
    expect(await tab.locator('#visible-count').textContent()).toBe(`${reported} shown`);

    await tab.selectOption('#rule-filter', 'heavier-than-needed');
    const heavier = await tab.locator('.finding:not([hidden])').count();
    expect(heavier).toBeGreaterThan(0);
    expect(heavier).toBeLessThan(reported);
    expect(await tab.locator('.finding:not([hidden])[data-rule="heavier-than-needed"]').count()).toBe(heavier);
    await tab.selectOption('#level-filter', 'error');
    expect(await tab.locator('.finding:not([hidden])').count()).toBeLessThanOrEqual(heavier);

    expect(requests).toEqual([`file://${page}`]);
    await tab.close();
  });
});
