/**
 * The paths findings and reports give files (`filePathsBelow`): what `relative` from the
 * working directory says, POSIX, for files below it and for a tree scanned from elsewhere,
 * whichever order the files come in.
 */
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filePathsBelow, toPosix } from '../src/discover.js';

const files = [
  '/work/main/a.tf',
  '/work/main/x/y/b.tf',
  '/work/shared/corpus/t/r/modules/m/main.tf',
  '/work/shared/corpus/t/r/main.tf',
  '/work/shared/corpus/t/other/c.tf',
  '/work/mainly/d.tf',
  '/work/e.tf',
  '/f.tf',
  '/elsewhere/deep/er/g.tf',
];

describe('the path a report gives a file', () => {
  it.each([
    ['in the order walked', files],
    ['deepest first', [...files].reverse()],
  ])('is relative to the working directory, %s', (_order, paths) => {
    for (const base of ['/work/main', '/work/main/x', '/work', '/']) {
      const shown = filePathsBelow(base);
      for (const path of paths) expect(shown(path), `${base} → ${path}`).toBe(toPosix(relative(base, path)));
    }
  });
});
