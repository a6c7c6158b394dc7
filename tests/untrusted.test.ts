/**
 * Untrusted repository content, class by class (the README's "Security" section): each
 * hostile case is laid **beside a good file** in a repository of its own, with secrets
 * outside it, and must (1) leave the good file's findings exactly as a run without it
 * gives them, (2) cost only its own findings, as a located problem, (3) never put a secret,
 * a raw control character or a workflow command into any output, on stdout or stderr.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_ERROR, EXIT_FINDINGS, run } from '../src/cli.js';
import type { Finding } from '../src/model.js';
import { scan } from '../src/scan.js';
import { fileProblems, fixturesDir } from './helpers.js';

const SECRET = 'hunter2-SECRET-TOKEN';
const FORMATS = ['text', 'json', 'sarif', 'github', 'markdown', 'html', 'junit', 'checkstyle', 'gitlab'] as const;

let outside: string;
beforeAll(() => {
  outside = mkdtempSync(join(tmpdir(), 'strata-outside-'));
  writeFileSync(join(outside, 'secret.env'), `SECRET_TOKEN=${SECRET}\n`);
  writeFileSync(join(outside, 'x.yml'), `services:\n  leaked-${SECRET}:\n    image: nginx\n`);
  writeFileSync(join(outside, 'job.nomad'), `job "leaked-${SECRET}" {\n  group "g" {\n    task "t" {\n      driver = "qemu"\n    }\n  }\n}\n`);
  writeFileSync(join(outside, 'x.tfvars'), `instance_type = "${SECRET}"\n`);
});
afterAll(() => rmSync(outside, { recursive: true, force: true }));

/** A repository: `good/` (the rules showcase), `bad/` (the case), and `.git/config` holding a credential. */
function repository(build: (bad: string, root: string) => void): string {
  const root = mkdtempSync(join(tmpdir(), 'strata-untrusted-'));
  mkdirSync(join(root, '.git'));
  writeFileSync(join(root, '.git', 'config'), `[http]\n\textraheader = AUTHORIZATION: basic ${SECRET}\n`);
  cpSync(join(fixturesDir, 'terraform', 'rules-showcase', 'main.tf'), join(root, 'good', 'main.tf'), { recursive: true });
  mkdirSync(join(root, 'bad'));
  build(join(root, 'bad'), root);
  return root;
}

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

async function cli(cwd: string, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), colorByDefault: false });
  return { code, stdout, stderr };
}

const strip = (f: Finding) => [f.ruleId, f.location.file.replace(/^good\//, ''), f.location.startLine, f.location.startColumn, f.level, f.message];

/** Every output of a scan of `root`, in every format, with what went to stderr. */
async function everyOutput(root: string, ...extra: string[]): Promise<Array<{ format: string; stdout: string; stderr: string }>> {
  const outputs = [];
  for (const format of FORMATS) outputs.push({ format, ...(await cli(root, 'scan', '--format', format, ...extra)) });
  for (const format of ['text', 'json']) outputs.push({ format: `inventory-${format}`, ...(await cli(root, 'inventory', '--format', format, ...extra)) });
  return outputs;
}

/** What no output may hold, whatever the input. */
function expectHarmless(outputs: Array<{ format: string; stdout: string; stderr: string }>): void {
  for (const { format, stdout, stderr } of outputs) {
    for (const [channel, text] of [
      ['stdout', stdout],
      ['stderr', stderr],
    ] as const) {
      const where = `${format} ${channel}`;
      expect(text, where).not.toContain(SECRET);
      expect(text, where).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
      expect(text, where).not.toContain('##[');
      for (const line of text.split('\n')) {
        if (format === 'github' && channel === 'stdout' && line !== '') expect(line, where).toMatch(/^::(error|warning|notice) file=/);
        else expect(line.trimStart(), where).not.toMatch(/^::/);
      }
    }
  }
}

async function expectGoodUnchanged(root: string): Promise<void> {
  const alone = await scan({ cwd: join(root, 'good'), paths: ['.'], today: '2026-06-01' });
  const together = await scan({ cwd: root, paths: ['good', 'bad'], today: '2026-06-01' });
  expect(together.findings.filter((f) => f.location.file.startsWith('good/')).map(strip)).toEqual(alone.findings.map(strip));
}

const COMPOSE_NEEDS_SECRET = 'services:\n  web:\n    image: nginx\n    labels:\n      strata.needs: "${SECRET_TOKEN}"\n';

interface Case {
  name: string;
  build: (bad: string, root: string) => void;
  /** The located problem the case must yield: file (relative to the root) and a part of its message. */
  problem?: { file: string; message: string };
}

const READS: Case[] = [
  {
    name: '.env symlinked outside the repository',
    build: (bad) => {
      write(join(bad, 'compose.yaml'), COMPOSE_NEEDS_SECRET);
      symlinkSync(join(outside, 'secret.env'), join(bad, '.env'));
    },
    problem: { file: 'bad/compose.yaml', message: '.env beside this file not read' },
  },
  {
    name: '.env symlinked to .git/config',
    build: (bad, root) => {
      write(join(bad, 'compose.yaml'), COMPOSE_NEEDS_SECRET);
      symlinkSync(join(root, '.git', 'config'), join(bad, '.env'));
    },
    problem: { file: 'bad/compose.yaml', message: '.env beside this file not read' },
  },
  {
    name: '.env that is /dev/zero',
    build: (bad) => {
      write(join(bad, 'compose.yaml'), COMPOSE_NEEDS_SECRET);
      symlinkSync('/dev/zero', join(bad, '.env'));
    },
    problem: { file: 'bad/compose.yaml', message: '.env beside this file not read' },
  },
  {
    name: '.env that is a FIFO',
    build: (bad) => {
      write(join(bad, 'compose.yaml'), COMPOSE_NEEDS_SECRET);
      execFileSync('mkfifo', [join(bad, '.env')]);
    },
    problem: { file: 'bad/compose.yaml', message: '.env beside this file not read' },
  },
  {
    name: 'compose include through a directory symlinked outside',
    build: (bad) => {
      write(join(bad, 'compose.yaml'), 'include:\n  - out/x.yml\nservices:\n  web:\n    image: nginx\n');
      symlinkSync(outside, join(bad, 'out'));
    },
    problem: { file: 'bad/compose.yaml', message: 'out/x.yml' },
  },
  {
    name: 'compose include of a file inside .git',
    build: (bad) => write(join(bad, 'compose.yaml'), 'include:\n  - ../.git/config\nservices:\n  web:\n    image: nginx\n'),
    problem: { file: 'bad/compose.yaml', message: '.git/config' },
  },
  {
    name: 'compose extends.file outside the repository',
    build: (bad) => write(join(bad, 'compose.yaml'), `services:\n  web:\n    extends:\n      file: ${join(outside, 'x.yml')}\n      service: leaked-${SECRET}\n`),
    problem: { file: 'bad/compose.yaml', message: 'cannot be read' },
  },
  {
    name: 'nomad_job file() through a directory symlinked outside',
    build: (bad) => {
      write(join(bad, 'main.tf'), 'resource "nomad_job" "j" {\n  jobspec = file("${path.module}/lnk/job.nomad")\n}\n');
      symlinkSync(outside, join(bad, 'lnk'));
    },
    problem: { file: 'bad/main.tf', message: 'outside the scanned directory and the repository' },
  },
  {
    name: 'an IaC file that is a FIFO',
    build: (bad) => execFileSync('mkfifo', [join(bad, 'pipe.tf')]),
    problem: { file: 'bad/pipe.tf', message: 'not a regular file' },
  },
  {
    name: 'an IaC file symlinked to a FIFO inside the tree',
    build: (bad) => {
      execFileSync('mkfifo', [join(bad, 'fifo')]);
      symlinkSync(join(bad, 'fifo'), join(bad, 'linked.tf'));
    },
    problem: { file: 'bad/linked.tf', message: 'not a regular file' },
  },
  {
    name: 'a dangling symlink under an IaC name',
    build: (bad) => symlinkSync(join(bad, 'nowhere.tf'), join(bad, 'dangling.tf')),
    problem: { file: 'bad/dangling.tf', message: 'dangling symlink' },
  },
  {
    name: 'a Kubernetes-looking .yaml symlinked outside the repository is not sniffed',
    build: (bad) => {
      write(join(outside, 'pod.yaml'), `apiVersion: v1\nkind: Pod\nmetadata:\n  name: leaked-${SECRET}\nspec:\n  containers: [{ name: a, image: a }]\n`);
      symlinkSync(join(outside, 'pod.yaml'), join(bad, 'pod.yaml'));
    },
  },
  {
    name: 'a .yaml that is a FIFO is not sniffed (the walk does not block on it)',
    build: (bad) => execFileSync('mkfifo', [join(bad, 'pipe.yaml')]),
  },
  {
    name: 'a pod spec nested 200 levels deep',
    build: (bad) => write(join(bad, 'deep.yaml'), `apiVersion: v1\nkind: Pod\nmetadata: { name: deep }\nspec:\n  affinity: ${'{a: '.repeat(200)}1${'}'.repeat(200)}\n`),
    problem: { file: 'bad/deep.yaml', message: 'nests more than 64 levels deep' },
  },
  {
    name: 'a nested .gitignore larger than the size limit',
    build: (bad) => {
      write(join(bad, '.gitignore'), `${'#'.repeat(6 * 1024 * 1024)}\n`);
      write(join(bad, 'main.tf'), 'resource "docker_container" "c" {\n  image = "x"\n}\n');
    },
    problem: { file: 'bad/.gitignore', message: 'larger than the 5.0 MB limit' },
  },
  {
    name: 'a .gitignore that is a symlink to /dev/zero',
    build: (bad) => {
      symlinkSync('/dev/zero', join(bad, '.gitignore'));
      write(join(bad, 'main.tf'), 'resource "docker_container" "c" {\n  image = "x"\n}\n');
    },
  },
  {
    name: 'a directory named .gitignore',
    build: (bad) => {
      mkdirSync(join(bad, '.gitignore'));
      write(join(bad, 'main.tf'), 'resource "docker_container" "c" {\n  image = "x"\n}\n');
    },
  },
  ...installedModuleCases(),
];

/** A remote module call and the manifest terraform init would write for it, with a copy of its own. */
function installed(bad: string, modules: Array<{ Key: string; Source: string; Dir: string }>, body = ''): void {
  write(join(bad, 'main.tf'), `module "web" {\n  source = "terraform-aws-modules/ec2-instance/aws"\n${body}}\n`);
  write(join(bad, '.terraform', 'modules', 'modules.json'), JSON.stringify({ Modules: modules }));
}
const WEB = { Key: 'web', Source: 'registry.terraform.io/terraform-aws-modules/ec2-instance/aws', Dir: '.terraform/modules/web' };
const LEAK = `resource "aws_instance" "leaked-${SECRET}" {\n  instance_type = "${SECRET}.metal"\n}\n`;

function installedModuleCases(): Case[] {
  return [
    {
      name: 'modules.json: an installed directory outside the repository',
      build: (bad) => {
        write(join(outside, 'mod', 'main.tf'), LEAK);
        installed(bad, [{ ...WEB, Dir: join(outside, 'mod') }]);
      },
      problem: { file: 'bad/main.tf', message: 'lies outside .terraform/modules' },
    },
    {
      name: 'modules.json: an installed directory that climbs into .git',
      build: (bad) => installed(bad, [{ ...WEB, Dir: '.terraform/modules/../../../.git' }]),
      problem: { file: 'bad/main.tf', message: 'lies outside .terraform/modules' },
    },
    {
      name: 'modules.json: an installed directory symlinked outside the repository',
      build: (bad) => {
        write(join(outside, 'mod', 'main.tf'), LEAK);
        installed(bad, [WEB]);
        symlinkSync(join(outside, 'mod'), join(bad, '.terraform', 'modules', 'web'));
      },
      problem: { file: 'bad/main.tf', message: 'resolves outside' },
    },
    {
      name: 'modules.json: an installed directory symlinked to .git',
      build: (bad, root) => {
        installed(bad, [WEB]);
        symlinkSync(join(root, '.git'), join(bad, '.terraform', 'modules', 'web'));
      },
      problem: { file: 'bad/main.tf', message: 'resolves outside' },
    },
    {
      name: '.terraform/modules symlinked outside the repository',
      build: (bad) => {
        write(join(outside, 'mods', 'web', 'main.tf'), LEAK);
        write(join(outside, 'mods', 'modules.json'), JSON.stringify({ Modules: [WEB] }));
        write(join(bad, 'main.tf'), 'module "web" {\n  source = "terraform-aws-modules/ec2-instance/aws"\n}\n');
        mkdirSync(join(bad, '.terraform'));
        symlinkSync(join(outside, 'mods'), join(bad, '.terraform', 'modules'));
      },
      problem: { file: 'bad/main.tf', message: 'modules.json cannot be read' },
    },
    {
      name: 'modules.json that is /dev/zero',
      build: (bad) => {
        installed(bad, []);
        rmSync(join(bad, '.terraform', 'modules', 'modules.json'));
        symlinkSync('/dev/zero', join(bad, '.terraform', 'modules', 'modules.json'));
      },
      problem: { file: 'bad/main.tf', message: 'modules.json cannot be read' },
    },
    {
      name: 'modules.json that is not JSON',
      build: (bad) => {
        installed(bad, []);
        writeFileSync(join(bad, '.terraform', 'modules', 'modules.json'), '{"Modules": [');
      },
      problem: { file: 'bad/main.tf', message: 'is not valid JSON' },
    },
    {
      name: 'modules.json: a cycle of nested keys (a module that calls its own directory)',
      build: (bad) => {
        installed(bad, [WEB, { Key: 'web.self', Source: './', Dir: '.terraform/modules/web' }]);
        write(join(bad, '.terraform', 'modules', 'web', 'main.tf'), 'module "self" {\n  source = "./"\n}\nresource "docker_container" "c" {\n  image = "x"\n}\n');
      },
      problem: { file: 'bad/main.tf', message: 'module.web.module.self: its installed directory ".terraform/modules/web" is one of the modules that call it (a cycle)' },
    },
    {
      name: 'modules.json: nested calls deeper than the budget',
      build: (bad) => {
        const modules = [WEB];
        let key = 'web';
        let dir = '.terraform/modules/web';
        for (let i = 0; i < 40; i++) {
          write(join(bad, dir, 'main.tf'), 'module "next" {\n  source = "./next"\n}\n');
          key += '.next';
          dir += '/next';
          modules.push({ Key: key, Source: './next', Dir: dir });
        }
        installed(bad, modules);
      },
      problem: { file: 'bad/main.tf', message: 'nested more than 16 module calls deep' },
    },
  ];
}

describe('a Kubernetes stream of 10,000 documents', () => {
  // Not among the cases above: each of those is scanned in every output format, and 10,000 documents take seconds to load.
  it('has one alias budget for the stream, not one per document: a located problem, and the good file as it was', async () => {
    const doc = 'apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  x: &a [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]\n  y: [*a, *a, *a]\n';
    const root = repository((bad) => write(join(bad, 'stream.yaml'), Array.from({ length: 10_000 }, () => doc).join('---\n')));
    try {
      await expectGoodUnchanged(root);
      const report = await scan({ cwd: root, paths: ['good', 'bad'], today: '2026-06-01' });
      expect(report.workloads.filter((w) => w.file.startsWith('bad/'))).toEqual([]);
      const problems = fileProblems(report).filter((p) => p.file === 'bad/stream.yaml');
      expect(problems.map((p) => p.message)).toEqual([expect.stringContaining('Too many alias expansions')]);
      expect(problems[0]!.location!.startLine).toBeGreaterThan(1);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('1. nothing outside the repository is read, and nothing but regular files', () => {
  it.each(READS.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const root = repository(c.build);
    try {
      await expectGoodUnchanged(root);
      const report = await scan({ cwd: root, paths: ['good', 'bad'], today: '2026-06-01' });
      expect(JSON.stringify(report.workloads)).not.toContain(SECRET);
      if (c.problem) {
        const problem = fileProblems(report).find((p) => p.file === c.problem!.file && p.message.includes(c.problem!.message));
        expect(problem, JSON.stringify(fileProblems(report))).toBeDefined();
        expect(problem!.location?.startLine ?? 1).toBeGreaterThanOrEqual(1);
      }
      expectHarmless(await everyOutput(root, 'good', 'bad'));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('an ancestor .gitignore that is /dev/zero, or a directory, is not read', async () => {
    for (const make of [(p: string) => symlinkSync('/dev/zero', p), (p: string) => mkdirSync(p)]) {
      const root = repository((bad) => write(join(bad, 'sub', 'main.tf'), 'resource "docker_container" "c" {\n  image = "x"\n}\n'));
      try {
        make(join(root, '.gitignore'));
        const report = await scan({ cwd: root, paths: ['bad/sub'], today: '2026-06-01' });
        expect(report.workloads.map((w) => w.address)).toEqual(['docker_container.c']);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    }
  });

  it("the config's varFiles and include stay inside the repository: a located problem at the config's line", async () => {
    const root = repository((bad) => write(join(bad, 'main.tf'), 'resource "docker_container" "c" {\n  image = "x"\n}\n'));
    try {
      write(join(root, '.strata.yml'), `include:\n  - good\n  - bad\n  - ${outside}\nvarFiles:\n  - ${join(outside, 'x.tfvars')}\n`);
      const { stdout, stderr, code } = await cli(root, 'scan', '--format', 'json');
      expect(code).toBe(EXIT_FINDINGS);
      expect(stdout + stderr).not.toContain(SECRET);
      const problems = (JSON.parse(stdout) as { findings: Array<{ ruleId: string; file: string; location: { startLine: number }; message: string }> }).findings.filter(
        (f) => f.ruleId === 'parse-error',
      );
      expect(problems.map((p) => [p.file, p.location.startLine])).toEqual([
        ['.strata.yml', 4],
        ['.strata.yml', 6],
      ]);
      await expectGoodUnchanged(root);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('a config that is /dev/zero is refused with exit 2, never read', async () => {
    const root = repository(() => {});
    try {
      symlinkSync('/dev/zero', join(root, '.strata.yml'));
      const { code, stderr } = await cli(root, 'scan');
      expect(code).toBe(EXIT_ERROR);
      expect(stderr).toContain('Cannot read the configuration file .strata.yml');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('2. no untrusted byte reaches an output raw', () => {
  const FORGED = '::error file=README.md,line=1::forged';
  let root: string;
  beforeAll(() => {
    root = repository((bad) => {
      // A directory and file names, resource and service names, reasons and source lines, all hostile.
      write(
        join(bad, FORGED, 'main.tf'),
        '# strata: needs=process reason="\u001b[2J\u0007::add-mask::x ##[error]y"\nresource "aws_instance" "x" {\n  instance_type = "t3.micro"\n}\n',
      );
      write(join(bad, '::warning::name.tf'), 'resource "docker_container" "\u001b]0;title\u0007\u202e" {\n  image = "x"\n}\n');
      write(
        join(bad, 'compose.yaml'),
        'services:\n  "evil\\e[31m\\r::error::x\\n::add-mask::y\\u0085::z":\n    image: nginx\n  "<details><summary>|x|</summary>`code`</details>":\n    image: nginx\n',
      );
      write(join(bad, 'broken.tf'), '##[error]forged\nresource "x" {\n::error::also forged\n  "\u001b[31m\n');
    });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('leaves the good file as it is', async () => {
    await expectGoodUnchanged(root);
  });

  it('escapes every control character, and no line of any format or of stderr is a workflow command', async () => {
    const outputs = await everyOutput(root, 'good', 'bad');
    expectHarmless(outputs);
    expect(outputs.find((o) => o.format === 'text')!.stdout).toContain('\\e[2J\\u0007');
    // Run inside bad/, a hostile directory name starts the line that names its file: shown, not obeyed.
    const inside = await cli(join(root, 'bad'), 'scan');
    expectHarmless([{ format: 'text', ...inside }]);
    expect(inside.stdout.split('\n')).toContain('\\::error file=README.md,line=1::forged/main.tf');
  });

  it('markdown: nothing a file holds ends the table, opens HTML or adds a heading', async () => {
    const { stdout } = await cli(root, 'scan', '--format', 'markdown', 'good', 'bad');
    expect(stdout).not.toContain('<details>');
    // Findings and problems: level, location, message.
    for (const line of stdout.split('\n').filter((l) => /^\| (error|warning|note) \|/.test(l))) {
      expect(line.replace(/\\\|/g, '').split('|').length, line).toBe(5);
    }
    expect(
      stdout
        .split('\n')
        .filter((l) => l.startsWith('#'))
        .every((l) => /^#{2,4} (strata|Strata used|Findings|\[`)/.test(l)),
    ).toBe(true);
  });

  it('html: every name is text, never markup', async () => {
    const { stdout } = await cli(root, 'scan', '--format', 'html', 'good', 'bad');
    expect(stdout).not.toContain('<details>');
    expect(stdout).toContain('&lt;details&gt;');
  });
});

describe('2. file names are never options, and reports never overwrite what was scanned', () => {
  let root: string;
  beforeAll(() => {
    root = repository((bad) => {
      write(join(bad, 'main.tf'), 'resource "docker_container" "c" {\n  image = "x"\n}\n');
      write(join(bad, '--output=main.tf'), 'resource "docker_container" "d" {\n  image = "x"\n}\n');
    });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('after --, a file named --output=main.tf is a file to scan, as the pre-commit hook passes it', async () => {
    const before = readFileSync(join(root, 'bad', 'main.tf'), 'utf8');
    const { stdout } = await cli(join(root, 'bad'), 'scan', '--format', 'json', '--', '--output=main.tf', 'main.tf');
    expect(readFileSync(join(root, 'bad', 'main.tf'), 'utf8')).toBe(before);
    expect((JSON.parse(stdout) as { findings: Array<{ file: string }> }).findings.map((f) => f.file)).toContain('--output=main.tf');
  });

  it('refuses (exit 2) to write a report onto a scanned file, or two reports onto one file', async () => {
    const before = readFileSync(join(root, 'bad', 'main.tf'), 'utf8');
    for (const argv of [
      ['scan', '--output=main.tf', 'main.tf'],
      // Refused before any fix is written: a run that fails on its arguments changes nothing.
      ['scan', '--fix', '--output=main.tf', 'main.tf'],
      ['scan', '--format', 'sarif=main.tf'],
      ['scan', '--write-baseline', 'main.tf'],
      ['inventory', '-o', 'main.tf'],
      ['scan', '--format', 'sarif=out.txt', '--format', 'json=./out.txt'],
    ]) {
      const { code, stderr } = await cli(join(root, 'bad'), ...argv);
      expect(code, argv.join(' ')).toBe(EXIT_ERROR);
      expect(stderr).toMatch(/Refusing to write the report to main\.tf|Two outputs name the same file/);
    }
    expect(readFileSync(join(root, 'bad', 'main.tf'), 'utf8')).toBe(before);
  });

  it('refuses a report onto a scanned file named another way: through a symlink, or through a symlinked directory the walk entered', async () => {
    const repo = repository((bad) => {
      write(join(bad, 'real', 'main.tf'), 'resource "docker_container" "c" {\n  image = "x"\n}\n');
      symlinkSync(join('real', 'main.tf'), join(bad, 'alias.txt'));
      symlinkSync('real', join(bad, 'linked'));
    });
    try {
      const bad = join(repo, 'bad');
      const before = readFileSync(join(bad, 'real', 'main.tf'), 'utf8');
      for (const [cwd, argv] of [
        [bad, ['scan', '.', '--output=alias.txt']],
        [bad, ['scan', 'linked', '--output=real/main.tf']],
        [join(bad, 'real'), ['scan', '.', '--output=../linked/main.tf']],
      ] as const) {
        const { code, stderr } = await cli(cwd, ...argv);
        expect(code, argv.join(' ')).toBe(EXIT_ERROR);
        expect(stderr).toContain('Refusing to write the report to');
      }
      expect(readFileSync(join(bad, 'real', 'main.tf'), 'utf8')).toBe(before);
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });

  it('a --changed-since ref is never an option to git', async () => {
    const { code, stderr } = await cli(root, 'scan', '--changed-since', '--output=x');
    expect(code).toBe(EXIT_ERROR);
    expect(stderr).toContain('takes a git ref');
  });
});

describe('3. no input loses the report', () => {
  it('a one-line .tf.json with 8,000 resources: code frames are clipped, the report stays linear', async () => {
    const root = repository((bad) => {
      const resources = Object.fromEntries(Array.from({ length: 8000 }, (_, i) => [`r${i}`, { instance_type: 't3.micro' }]));
      write(join(bad, 'one-line.tf.json'), JSON.stringify({ resource: { aws_instance: resources } }));
    });
    try {
      await expectGoodUnchanged(root);
      for (const format of ['text', 'html']) {
        const { stdout, code } = await cli(root, 'scan', '--fail-on', 'none', '--format', format, 'good', 'bad');
        expect(code).toBe(0);
        expect(stdout.length / 8000, format).toBeLessThan(2000);
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('a baseline that is not one is exit 2 with a clear message, never a TypeError', async () => {
    const root = repository((bad) => write(join(bad, 'main.tf'), 'resource "docker_container" "c" {\n  image = "x"\n}\n'));
    try {
      for (const text of ['{"version":1,"findings":[null]}', '{"version":1,"findings":{}}', '[]', 'null', '{"version":2,"findings":[]}']) {
        write(join(root, 'baseline.json'), text);
        const { code, stderr } = await cli(root, 'scan', '--baseline', 'baseline.json');
        expect(code, text).toBe(EXIT_ERROR);
        expect(stderr, text).toMatch(/^strata: baseline\.json is not a strata baseline: /);
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('5. words that are not strata', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])('needs=%s is an invalid annotation', async (word) => {
    const root = repository((bad) => write(join(bad, 'main.tf'), `# strata: needs=${word} reason="x"\nresource "docker_container" "c" {\n  image = "x"\n}\n`));
    try {
      const report = await scan({ cwd: root, paths: ['bad'], today: '2026-06-01' });
      expect(report.findings.map((f) => f.ruleId)).toEqual(['invalid-annotation', 'undeclared-need']);
      expect(report.findings[0]!.message).toContain(`unknown stratum or intent "${word}"`);
      await expectGoodUnchanged(root);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('a tag whose need is an expression prints the expression, not strata internals', async () => {
    const root = repository((bad) => write(join(bad, 'main.tf'), 'resource "aws_instance" "c" {\n  instance_type = "t3.micro"\n  tags = {\n    "strata:needs" = var.x\n  }\n}\n'));
    try {
      const report = await scan({ cwd: root, paths: ['bad'], today: '2026-06-01' });
      const invalid = report.findings.find((f) => f.ruleId === 'invalid-annotation')!;
      expect(invalid.message).toContain('"strata:needs=var.x"');
      expect(invalid.message).not.toContain('{');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('6. a file strata cannot read is a result', () => {
  it('an unterminated string is a parse-error result in SARIF, and fails the run', async () => {
    const root = repository((bad) => write(join(bad, 'main.tf'), 'resource "docker_container" "c" {\n  image = "x\n}\n'));
    try {
      const { code, stdout } = await cli(root, 'scan', '--format', 'sarif', 'bad');
      expect(code).toBe(EXIT_FINDINGS);
      const results = (
        JSON.parse(stdout) as { runs: Array<{ results: Array<{ ruleId: string; level: string; locations: Array<{ physicalLocation: { region: { startLine: number } } }> }> }> }
      ).runs[0]!.results;
      expect(results.map((r) => [r.ruleId, r.level, r.locations[0]!.physicalLocation.region.startLine])).toEqual([['parse-error', 'error', 2]]);
      write(join(root, '.strata.yml'), 'rules:\n  parse-error: off\n');
      expect((await cli(root, 'scan', 'bad')).code).toBe(0);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('found by an outside attack', () => {
  it('a config include glob never reaches past its static base, and unreadable directories cost nothing', async () => {
    const root = repository((bad) => write(join(bad, 'main.tf'), 'resource "docker_container" "c" {\n  image = "x"\n}\n'));
    try {
      write(join(root, '.strata.yml'), `include:\n  - "{good,..}/{good,..}/*"\n  - "{good,..}/**"\n  - good\n  - bad\n`);
      const { code, stdout, stderr } = await cli(root, 'scan', '--format', 'json');
      expect(stderr).not.toContain('internal error');
      const findings = (JSON.parse(stdout) as { findings: Array<{ file: string; message: string }> }).findings;
      expect(findings.every((f) => !f.file.startsWith('..'))).toBe(true);
      // Not walked at all: a glob through `..` walked the repository's parent (and, with more `..`, anything).
      expect(findings.filter((f) => f.message.includes('names a parent directory (..) inside a pattern')).map((f) => f.file)).toEqual(['.strata.yml', '.strata.yml']);
      expect(code).toBeLessThanOrEqual(1);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('markdown breaks bare URLs, www names and e-mail addresses that GitHub would link', async () => {
    const root = repository((bad) =>
      write(join(bad, 'main.tf'), 'resource "aws_instance" "https://evil.example/x www.evil.example a@evil.example" {\n  instance_type = "t3.micro"\n}\n'),
    );
    try {
      const { stdout } = await cli(root, 'scan', '--format', 'markdown', 'bad');
      expect(stdout).not.toMatch(/https?:\/\/evil|www\.evil|[^\\]@evil/);
      expect(stdout).toContain('https\\://evil.example/x www\\.evil.example a\\@evil.example');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('a config whose globs expand past 1,000 patterns is refused at its line, and catalog globs never backtrack', async () => {
    const root = repository((bad) => write(join(bad, 'compose.yaml'), `services:\n  s:\n    image: "${'a'.repeat(64)}"\n`));
    try {
      const braces = '{a,b}'.repeat(8);
      write(join(root, '.strata.yml'), `files:\n  terraform:\n${Array.from({ length: 8 }, (_, i) => `    - "${braces}${i}*q"\n`).join('')}`);
      const refused = await cli(root, 'scan');
      expect(refused.code).toBe(EXIT_ERROR);
      expect(refused.stderr).toMatch(/^strata: \.strata\.yml:\d+: files\.terraform: more than 1000 glob patterns/);
      write(
        join(root, '.strata.yml'),
        'catalog:\n  technologies:\n    - id: evil\n      name: evil\n      stratum: 2\n      match: {format: compose, kinds: [service], when: [{attribute: image, glob: "*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b"}]}\n      rationale: "xxxxxxxxxxxx"\n      reference: https://example.com\n',
      );
      // With a backtracking matcher this scan would not end (hours); the suite's time-out is the guard.
      const { code } = await cli(root, 'scan', 'bad');
      expect(code).toBeLessThanOrEqual(1);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('a report is never written over the config, a .gitignore or the baseline it read', async () => {
    const root = repository((bad) => write(join(bad, 'main.tf'), 'resource "docker_container" "c" {\n  image = "x"\n}\n'));
    try {
      write(join(root, '.strata.yml'), 'failOn: error\n');
      write(join(root, 'bad', '.gitignore'), 'node_modules\n');
      expect((await cli(root, 'scan', '--write-baseline', 'base.json')).code).toBe(0);
      for (const argv of [
        ['-o', '.strata.yml'],
        ['-o', 'bad/.gitignore'],
        ['--baseline', 'base.json', '--format', 'sarif=base.json'],
      ]) {
        const { code, stderr } = await cli(root, 'scan', ...argv);
        expect(code, argv.join(' ')).toBe(EXIT_ERROR);
        expect(stderr).toContain('Refusing to write the report');
      }
      expect(readFileSync(join(root, '.strata.yml'), 'utf8')).toBe('failOn: error\n');
      expect(readFileSync(join(root, 'bad', '.gitignore'), 'utf8')).toBe('node_modules\n');
      // Updating a baseline in place is what --baseline x --write-baseline x is for.
      expect((await cli(root, 'scan', '--baseline', 'base.json', '--write-baseline', 'base.json')).code).toBe(0);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('found while speeding up', () => {
  it('a block of 100,000 attributes is checked for repeats in linear time (a quadratic look took half a minute): its workload found within the suite time-out', async () => {
    const root = repository((bad) =>
      write(join(bad, 'main.tf'), `resource "aws_instance" "big" {\n${Array.from({ length: 100_000 }, (_, i) => `  a${i} = ${i}`).join('\n')}\n}\n`),
    );
    try {
      await expectGoodUnchanged(root);
      const report = await scan({ cwd: join(root, 'bad'), paths: ['.'], today: '2026-06-01' });
      expect(report.workloads.map((w) => w.address)).toEqual(['aws_instance.big']);
      expect(fileProblems(report)).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('found by a third outside attack', () => {
  it('a chain of 1,000 directories, each with a .gitignore, is walked 64 deep, the rest a located warning', async () => {
    const root = repository((bad) => {
      let dir = bad;
      for (let i = 0; i < 1_000; i++) {
        write(join(dir, '.gitignore'), `ignored-${i}\n`);
        write(join(dir, 'main.tf'), `resource "aws_instance" "level${i}" {}\n`);
        dir = join(dir, 'd');
      }
    });
    try {
      await expectGoodUnchanged(root);
      const report = await scan({ cwd: join(root, 'bad'), paths: ['.'], today: '2026-06-01' });
      // The scanned directory is depth 0, so 65 directories are read.
      expect(report.workloads).toHaveLength(65);
      expect(fileProblems(report)).toEqual([
        expect.objectContaining({ file: `${'d/'.repeat(65)}`.slice(0, -1), message: 'Not scanned: more than 64 directories below the scanned one', level: 'warning' }),
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('found by a second outside attack', () => {
  it('thousands of module calls in one file cost linear time: a scan of 20,000 ends within the suite time-out', async () => {
    const root = repository((bad) => write(join(bad, 'main.tf'), Array.from({ length: 20_000 }, (_, i) => `module "m${i}" { source = "a/b/c" }`).join('\n')));
    try {
      await expectGoodUnchanged(root);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('a plan whose addresses are written with escapes is located in one pass, and its resources still found', async () => {
    const root = repository((bad) => {
      write(join(bad, 'main.tf'), Array.from({ length: 3 }, (_, i) => `resource "aws_instance" "r${i}" {\n  instance_type = "t3.micro"\n}`).join('\n'));
      const changes = Array.from(
        { length: 20_000 },
        (_, i) => `{"address":"aws_instance.\\u0072${i % 3}","mode":"managed","type":"aws_instance","name":"r${i % 3}","change":{"after":{"instance_type":"t3.micro"}}}`,
      );
      write(join(bad, 'plan.json'), `{"format_version":"1.0","planned_values":{},"resource_changes":[${changes.join(',')}]}`);
    });
    try {
      const report = await scan({ cwd: join(root, 'bad'), paths: ['.'], plans: ['plan.json'], today: '2026-06-01' });
      expect(report.workloads.map((w) => w.address).sort()).toEqual(['aws_instance.r0', 'aws_instance.r1', 'aws_instance.r2']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('a name with a line break, given on the command line, stays on one line of stderr', async () => {
    const root = repository(() => {});
    try {
      for (const argv of [
        ['scan', '--plan', 'x\n::error::y'],
        ['scan', '--var-file', 'x\n::error::y'],
        ['scan', '--baseline', 'x\n::error::y'],
      ]) {
        const { code, stderr } = await cli(root, ...argv);
        expect(code).toBe(EXIT_ERROR);
        expect(stderr.trimEnd().split('\n'), argv.join(' ')).toHaveLength(1);
        expect(stderr).toContain('x\\n::error::y');
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('a Helm `# Source:` outside the chart is no template: never a location, never in a message', async () => {
    const pod = (source: string, name: string) =>
      `# Source: ${source}\napiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  containers:\n    - name: c\n      image: x\n`;
    const root = repository((bad) =>
      write(join(bad, 'rendered.yaml'), [pod('../../../../etc/passwd', 'a'), pod('/etc/shadow', 'b'), pod('chart/templates/ok.yaml', 'c')].join('---\n')),
    );
    try {
      const { stdout } = await cli(root, 'scan', '--format', 'sarif', 'bad');
      expect(stdout).not.toContain('etc/passwd');
      expect(stdout).not.toContain('etc/shadow');
      expect(stdout).toContain('chart/templates/ok.yaml');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('bounds found in review', () => {
  it('a Vagrantfile multiplying machines by top-level providers is cut at 10,000 pairs, with a located warning', async () => {
    const providers = Array.from({ length: 100 }, (_, i) => `  config.vm.provider "p${i}" do |p| end`).join('\n');
    const machines = Array.from({ length: 120 }, (_, i) => `  config.vm.define "m${i}" do |m| end`).join('\n');
    const root = repository((bad) => write(join(bad, 'Vagrantfile'), `Vagrant.configure("2") do |config|\n${providers}\n${machines}\nend\n`));
    try {
      await expectGoodUnchanged(root);
      const report = await scan({ cwd: root, paths: ['bad'], today: '2026-06-01' });
      expect(fileProblems(report).filter((p) => p.message.startsWith('More than 10000 machine × provider pairs'))).toHaveLength(1);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('a name a hundred thousand characters long is clipped in every message', async () => {
    const root = repository((bad) => write(join(bad, 'main.tf'), `resource "aws_instance" "${'n'.repeat(100_000)}" {\n  instance_type = "t3.micro"\n}\n`));
    try {
      const report = await scan({ cwd: root, paths: ['bad'], today: '2026-06-01' });
      expect(report.findings.length).toBeGreaterThan(0);
      for (const f of report.findings) expect(f.message.length).toBeLessThanOrEqual(2001);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('a manifest whose kind is a prototype name is no workload kind', async () => {
    const manifest = (kind: string) => `apiVersion: v1\nkind: ${kind}\nmetadata: { name: x }\nspec: {}\n`;
    const root = repository((bad) => write(join(bad, 'odd.yaml'), ['constructor', '__proto__', 'toString', 'hasOwnProperty'].map(manifest).join('---\n')));
    try {
      await expectGoodUnchanged(root);
      const report = await scan({ cwd: root, paths: ['bad'], today: '2026-06-01' });
      expect(report.workloads).toEqual([]);
      expect(fileProblems(report)).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('found by an attack on fixes and the new formats', () => {
  it('a Packer builder name that repeats a long user variable is kept as written, not multiplied (4 MB of them ran out of memory)', async () => {
    const name = '{{user `a`}}'.repeat(20);
    const builders = Array.from({ length: 10 }, (_, i) => ({ type: 'amazon-ebs', name: `${name}${i}`, instance_type: 't3.small' }));
    const root = repository((bad) => write(join(bad, 'template.json'), JSON.stringify({ builders, variables: { a: 'x'.repeat(10_000), short: 'web' } })));
    write(
      join(root, 'bad', 'short.json'),
      JSON.stringify({ builders: [{ type: 'amazon-ebs', name: 'img-{{user `short`}}', instance_type: 't3.small' }], variables: { short: 'web' } }),
    );
    try {
      await expectGoodUnchanged(root);
      const report = await scan({ cwd: root, paths: ['bad'], today: '2026-06-01' });
      expect(report.workloads.map((w) => w.address).sort()).toEqual(['builder.img-web', ...builders.map((b) => `builder.${b.name}`)].sort());
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('found by an attack on the catalog alternatives', () => {
  it("a config's catalog alternatives are bounded: 2,000 of them, carried by each of 2,000 findings, lost the JSON report", async () => {
    const alternative = (name: string, i: number) => ({ name, stratum: 1, reference: `https://example.com/${i}` });
    const config = (alternatives: unknown[]) =>
      JSON.stringify({
        catalog: {
          technologies: [
            {
              id: 'odd-vm',
              name: 'Odd VM',
              stratum: 3,
              match: [{ format: 'terraform', kinds: ['odd_vm'] }],
              rationale: 'a full hardware guest',
              reference: 'https://example.com/',
              alternatives,
            },
          ],
        },
      });
    for (const alternatives of [Array.from({ length: 2_000 }, (_, i) => alternative(`alt${i}`, i)), [alternative('n'.repeat(10_000), 0)]]) {
      const root = repository((bad) => write(join(bad, 'main.tf'), '# strata: needs=process reason="a test"\nresource "odd_vm" "x" {\n}\n'));
      try {
        write(join(root, '.strata.yml'), config(alternatives));
        const { code, stderr } = await cli(root, 'scan', '--format', 'json');
        expect(code).toBe(EXIT_ERROR);
        expect(stderr).toMatch(/alternatives/);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    }
  });
});
