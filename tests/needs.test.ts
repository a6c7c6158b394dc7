/** Precedence of needs: comment > tag/label/x-strata > module call > file default > config override > none. */
import { describe, expect, it } from 'vitest';
import type { DefaultNeedAnnotation, Location, Need, NeedAnnotation, NeedSourceKind, Workload } from '../src/model.js';
import { inferNeed } from '../src/needs.js';

const at = (line: number): Location => ({ file: 'x.tf', startLine: line, startColumn: 1, endLine: line, endColumn: 2 });
const need = (via: NeedSourceKind, stratum: 1 | 2 | 3, line: number): NeedAnnotation => ({
  kind: 'need',
  via,
  stratum,
  needs: String(stratum),
  location: at(line),
  source: `needs=${stratum}`,
});
const workload = (...annotations: NeedAnnotation[]): Workload => ({
  format: 'terraform',
  kind: 'aws_instance',
  address: 'aws_instance.x',
  file: 'x.tf',
  location: at(10),
  header: at(10),
  facts: [],
  annotations,
});
const fileDefault: DefaultNeedAnnotation = { kind: 'default-need', stratum: 2, needs: '2', location: at(1), source: 'default' };
const configured: Need = { stratum: 3, needs: '3', source: { kind: 'config', location: { ...at(4), file: '.strata.yml' } } };

type Source = 'comment' | 'tag' | 'label' | 'x-strata' | 'module' | 'file-default' | 'config';
const ORDER: Source[] = ['comment', 'tag', 'label', 'x-strata', 'module', 'file-default', 'config'];
const SAME_LEVEL = new Set<Source>(['tag', 'label', 'x-strata']);

function sources(list: Source[]) {
  const annotations = list.filter((s) => s !== 'file-default' && s !== 'config').map((s, i) => need(s as NeedSourceKind, 1, 20 + i));
  return inferNeed(workload(...annotations), list.includes('file-default') ? fileDefault : undefined, list.includes('config') ? configured : undefined);
}

describe('need precedence', () => {
  const pairs = ORDER.flatMap((a, i) => ORDER.slice(i + 1).map((b) => [a, b] as const)).filter(([a, b]) => !(SAME_LEVEL.has(a) && SAME_LEVEL.has(b)));
  it.each(pairs)('%s wins over %s', (nearer, farther) => {
    const { need: chosen, conflicts } = sources([farther, nearer]);
    expect(chosen!.source.kind).toBe(nearer);
    expect(conflicts).toEqual([]);
  });

  it.each([...SAME_LEVEL].flatMap((a) => [...SAME_LEVEL].filter((b) => b !== a).map((b) => [a, b] as const)))(
    '%s and %s on one workload conflict: the first counts, the second is reported',
    (a, b) => {
      const { need: chosen, conflicts } = sources([a, b]);
      expect(chosen!.source.kind).toBe(a);
      expect(conflicts).toHaveLength(1);
    },
  );

  it('is null when nothing says anything', () => {
    expect(sources([]).need).toBeNull();
  });
});
