/**
 * The position scanner must see exactly the blocks HashiCorp's parser sees: same
 * top-level blocks with the same labels, same nested block types in the same order,
 * none missed, none invented — on every .tf file of the fixtures and the examples.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from '@cdktf/hcl2json';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../src/data.js';
import { scanHcl, type HclBlock } from '../src/hcl/scanner.js';
import { allFiles } from './helpers.js';

type Shape = { block: string; nested: Shape[] };

function scannerShape(blocks: HclBlock[]): Shape[] {
  return blocks.map((b) => ({ block: [b.type, ...b.labels].join(' '), nested: scannerShape(b.blocks) }));
}

/** hcl2json renders a block as key → (label objects →) array of bodies; attributes are anything else. */
function jsonShape(body: Record<string, unknown>, isBody: (key: string, value: unknown) => boolean): Shape[] {
  const out: Shape[] = [];
  for (const [key, value] of Object.entries(body)) {
    if (!isBody(key, value)) continue;
    const walk = (v: unknown, labels: string[]) => {
      if (Array.isArray(v)) {
        for (const item of v) out.push({ block: [key, ...labels].join(' '), nested: jsonShape(item as Record<string, unknown>, nestedIsBlock) });
      } else if (v && typeof v === 'object') for (const [k, inner] of Object.entries(v)) walk(inner, [...labels, k]);
    };
    walk(value, []);
  }
  return out;
}

/** Inside a body, a block is an array of objects (or `dynamic`, keyed by label); an attribute is not. */
function nestedIsBlock(key: string, value: unknown): boolean {
  if (key === 'dynamic') return true;
  return Array.isArray(value) && value.length > 0 && value.every((v) => v !== null && typeof v === 'object' && !Array.isArray(v));
}

function canonical(shapes: Shape[]): Shape[] {
  return shapes
    .map((s) => ({ block: s.block, nested: canonical(s.nested) }))
    .sort((a, b) => (a.block < b.block ? -1 : a.block > b.block ? 1 : JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
}

// Not the hostile corpus: it is made to break parsers, and hcl2json does not return on some of it (tf/garbage.tf).
const files = [...allFiles(join(packageRoot, 'fixtures'), '.tf'), ...allFiles(join(packageRoot, 'examples'), '.tf')].filter(
  (f) => !relative(packageRoot, f).startsWith(join('fixtures', 'hostile')),
);

describe('scanner vs hcl2json', () => {
  it.each(files.map((f) => [relative(packageRoot, f), f] as const))('%s', async (_name, file) => {
    const text = readFileSync(file, 'utf8');
    const scan = scanHcl(text);
    let json: Record<string, unknown> | undefined;
    try {
      json = await parse('input.tf', text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text);
    } catch {
      json = undefined;
    }
    if (scan.errors.length > 0) {
      // The scanner may only reject what the reference parser rejects too.
      expect(json).toBeUndefined();
      return;
    }
    if (!json) return; // Errors only hcl2json sees (e.g. a bad expression) are its to report.
    expect(canonical(scannerShape(scan.blocks))).toEqual(canonical(jsonShape(json, () => true)));
  });
});
