import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { discover, UsageError } from '../src/discover.js';
import { readSource } from '../src/read.js';

const readIgnoreFile = (path: string) => readSource(path, { roots: [root], maxBytes: 1 << 20 });

let root: string;

function write(path: string, text = '') {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

function paths(options: { paths?: string[]; exclude?: string[]; cwd?: string } = {}) {
  return discover({ cwd: options.cwd ?? root, paths: options.paths ?? [], exclude: options.exclude ?? [], readIgnoreFile }).files.map((f) => f.path);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'strata-discover-'));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('discover', () => {
  it('reads an explicitly named file by its content when no name claims it: a Vagrantfile template is Vagrant, other Ruby is refused', () => {
    write('tpl/generic-debian12.rb', '# a template\nVagrant.configure("2") do |config|\n  config.vm.box = "debian/12"\nend\n');
    write('vagrantfile-windows.template', 'Vagrant.configure(2) do |c| end\n');
    write('tool.rb', '# Vagrant.configure("2") appears only in this comment\nputs 1\n');
    const found = discover({ cwd: root, paths: ['tpl/generic-debian12.rb', 'vagrantfile-windows.template'], exclude: [], readIgnoreFile }).files;
    expect(found.map((f) => [f.path, f.format])).toEqual([
      ['tpl/generic-debian12.rb', 'vagrant'],
      ['vagrantfile-windows.template', 'vagrant'],
    ]);
    expect(() => paths({ paths: ['tool.rb'] })).toThrow(UsageError);
  });

  it('finds .tf and .tf.json files, sorted, as POSIX paths relative to the working directory', () => {
    write('b/main.tf');
    write('a/z.tf.json');
    write('a/y.tf');
    write('a/notes.md');
    write('a/main.tfvars');
    expect(paths()).toEqual(['a/y.tf', 'a/z.tf.json', 'b/main.tf']);
    expect(paths({ cwd: join(root, 'a'), paths: ['../b'] })).toEqual(['../b/main.tf']);
  });

  it('passes over a .tf file whose .tofu sibling OpenTofu reads in its place, named or walked, with a note', () => {
    write('main.tf');
    write('main.tofu');
    write('vm.tf.json');
    write('vm.tofu.json');
    write('other.tf');
    write('excluded.tofu');
    write('excluded.tf');
    write('dir.tofu/keep.tf');
    write('keep.tf');
    const walked = discover({ cwd: root, paths: [], exclude: ['excluded.tofu'], readIgnoreFile });
    expect(walked.files.map((f) => f.path)).toEqual(['dir.tofu/keep.tf', 'keep.tf', 'main.tofu', 'other.tf', 'vm.tofu.json']);
    expect(walked.diagnostics.map((d) => [d.file, d.level, d.message])).toEqual([
      ['excluded.tf', 'note', 'Not scanned: OpenTofu reads excluded.tofu in its place'],
      ['main.tf', 'note', 'Not scanned: OpenTofu reads main.tofu in its place'],
      ['vm.tf.json', 'note', 'Not scanned: OpenTofu reads vm.tofu.json in its place'],
    ]);
    expect(paths({ paths: ['main.tf', 'other.tf'] })).toEqual(['other.tf']);
  });

  it('always skips .git, node_modules and .terraform', () => {
    write('.git/x.tf');
    write('node_modules/mod/main.tf');
    write('.terraform/modules/m/main.tf');
    write('.hidden/kept.tf');
    expect(paths()).toEqual(['.hidden/kept.tf']);
  });

  it('honours .gitignore files, nested ones and negations included', () => {
    write('.gitignore', 'generated/\n*.tf.json\n');
    write('generated/main.tf');
    write('app/main.tf');
    write('app/out.tf.json');
    write('app/.gitignore', 'scratch.tf\n!keep.tf.json\n');
    write('app/scratch.tf');
    write('app/keep.tf.json');
    expect(paths()).toEqual(['app/keep.tf.json', 'app/main.tf']);
  });

  it('applies at most 1,000 .gitignore rules to a path, across the files in force, and says from which line it stops', () => {
    // Comments and blank lines are no rules; the root's 600 rules leave 400 to app/.gitignore.
    write('.gitignore', `# generated\n\n${Array.from({ length: 600 }, (_, i) => `r${i}.tf`).join('\n')}\n`);
    write('app/.gitignore', Array.from({ length: 600 }, (_, i) => `a${i}.tf`).join('\n'));
    for (const name of ['r0.tf', 'r599.tf', 'app/a0.tf', 'app/a399.tf', 'app/a400.tf', 'app/a599.tf', 'app/main.tf']) write(name);
    const found = discover({ cwd: root, paths: [], exclude: [], readIgnoreFile });
    expect(found.files.map((f) => f.path)).toEqual(['app/a400.tf', 'app/a599.tf', 'app/main.tf']);
    expect(found.diagnostics.map((d) => [d.file, d.location?.startLine, d.message])).toEqual([
      ['app/.gitignore', 401, 'More than 1000 .gitignore rules in force here: this rule and those after it are not applied'],
    ]);
  });

  it('counts the .gitignore files above the scanned directory from the repository root down', () => {
    mkdirSync(join(root, '.git'));
    write('.gitignore', Array.from({ length: 700 }, (_, i) => `r${i}.tf`).join('\n'));
    write('a/.gitignore', Array.from({ length: 500 }, (_, i) => `a${i}.tf`).join('\n'));
    for (const name of ['a/b/r699.tf', 'a/b/a299.tf', 'a/b/a300.tf']) write(name);
    const found = discover({ cwd: root, paths: ['a/b'], exclude: [], readIgnoreFile });
    expect(found.files.map((f) => f.path)).toEqual(['a/b/a300.tf']);
    expect(found.diagnostics.map((d) => [d.file, d.location?.startLine])).toEqual([['a/.gitignore', 301]]);
  });

  it('counts as rules the lines the ignore package reads as rules: tabs, a lone \\f, an escaped trailing space', () => {
    // Blank (spaces, CR), a comment, a BOM before a comment: no rules. Then 1,000 rules of blanks it keeps, and one more.
    write('.gitignore', `\uFEFF# c\n   \r\n#x\n${Array.from({ length: 1_000 }, (_, i) => ['\t', '\f', '\\ '][i % 3]).join('\n')}\nlast.tf\n`);
    write('last.tf');
    const found = discover({ cwd: root, paths: [], exclude: [], readIgnoreFile });
    expect(found.files.map((f) => f.path)).toEqual(['last.tf']);
    expect(found.diagnostics.map((d) => [d.file, d.location?.startLine])).toEqual([['.gitignore', 1_004]]);
  });

  it('walks 8,000 files under a .gitignore of 8,000 rules in linear time (25 s before the budget)', () => {
    write('.gitignore', Array.from({ length: 8_000 }, (_, i) => `x${i}`).join('\n'));
    for (let i = 0; i < 8_000; i++) write(`d/f${i}.tf`);
    const found = discover({ cwd: root, paths: [], exclude: [], readIgnoreFile });
    expect(found.files).toHaveLength(8_000);
    expect(found.diagnostics.map((d) => [d.file, d.location?.startLine])).toEqual([['.gitignore', 1_001]]);
  });

  it('honours the .gitignore of the repository above the scanned directory', () => {
    mkdirSync(join(root, '.git'));
    write('.gitignore', 'infra/legacy/\n');
    write('infra/legacy/main.tf');
    write('infra/live/main.tf');
    expect(paths({ paths: ['infra'] })).toEqual(['infra/live/main.tf']);
  });

  it('applies --exclude patterns relative to the working directory', () => {
    write('envs/prod/main.tf');
    write('envs/dev/main.tf');
    write('modules/vm/main.tf');
    expect(paths({ exclude: ['envs/dev', 'modules/**/*.tf'] })).toEqual(['envs/prod/main.tf']);
  });

  it('scans a file named on the command line, and expands glob patterns', () => {
    write('.gitignore', 'ignored.tf\n');
    write('ignored.tf');
    write('x/one.tf');
    write('x/two.tf');
    expect(paths({ paths: ['ignored.tf'] })).toEqual(['ignored.tf']);
    expect(paths({ paths: ['x/*.tf'] })).toEqual(['x/one.tf', 'x/two.tf']);
  });

  it('follows symlinks inside the root, never out of it, and stops at loops', () => {
    const outside = mkdtempSync(join(tmpdir(), 'strata-outside-'));
    try {
      writeFileSync(join(outside, 'secret.tf'), '');
      write('real/main.tf');
      symlinkSync(join(root, 'real'), join(root, 'alias'));
      symlinkSync(outside, join(root, 'escape'));
      symlinkSync(join(outside, 'secret.tf'), join(root, 'escape.tf'));
      symlinkSync(root, join(root, 'real', 'loop'));
      const result = discover({ cwd: root, paths: ['.'], exclude: [], readIgnoreFile });
      // alias/ is the same directory as real/: its file is reported once, under the real path.
      expect(result.files.map((f) => f.path)).toEqual(['real/main.tf']);
      expect(result.diagnostics.map((d) => [d.file, d.message])).toEqual([
        ['escape', 'Not followed: this symlink points outside the scanned directory'],
        ['escape.tf', 'Not followed: this symlink points outside the scanned directory'],
      ]);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('follows a symlink to a file kept elsewhere inside the root', () => {
    write('shared/providers.tf');
    write('envs/prod/main.tf');
    symlinkSync(join(root, 'shared', 'providers.tf'), join(root, 'envs', 'prod', 'providers.tf'));
    write('.gitignore', 'shared/\n');
    expect(paths()).toEqual(['envs/prod/main.tf', 'envs/prod/providers.tf']);
  });

  it('rejects a path that does not exist, or a file that is not Terraform', () => {
    write('README.md');
    expect(() => paths({ paths: ['missing'] })).toThrow(UsageError);
    expect(() => paths({ paths: ['README.md'] })).toThrow(/not a file strata reads/);
  });
});
