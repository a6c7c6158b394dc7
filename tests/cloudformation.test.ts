/**
 * CloudFormation and SAM templates beyond the fixtures' findings: which files the walk takes
 * for templates (and which it leaves to Kubernetes or to nobody), each workload's exact line
 * and the evidence for what stays unknown, and hostile templates laid beside a good one.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatOfCandidate } from '../src/parsers/registry.js';
import { scan } from '../src/scan.js';
import { fileProblems, fixturesDir } from './helpers.js';

const fixtures = join(fixturesDir, 'cloudformation');

describe('recognised by content', () => {
  it.each([
    ['stack.yaml', 'AWSTemplateFormatVersion: "2010-09-09"\nResources: {}\n'],
    ['template.yml', '# comment first\n---\nTransform: AWS::Serverless-2016-10-31\nResources:\n  F:\n    Type: AWS::Serverless::Function\n'],
    ['no-version.yaml', 'Description: x\nResources:\n  Host:\n    Type: "AWS::EC2::Instance"\n'],
    ['stack.json', '\uFEFF{\n  "AWSTemplateFormatVersion": "2010-09-09"\n}\n'],
    ['stack.template', '{"Resources": {"Host": {"Type": "AWS::EC2::Instance"}}}'],
    // A template that deploys a Kubernetes manifest names apiVersion and kind in its JSON: it is still a template.
    ['eks.json', '{"Resources": {"M": {"Type": "AWS::EKS::Cluster", "Properties": {"Manifest": {"apiVersion": "v1", "kind": "Pod"}}}}}'],
  ])('%s is a template', (name, text) => {
    expect(formatOfCandidate(name, text)).toBe('cloudformation');
  });

  it.each([
    ['pod.yaml', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\nspec:\n  containers:\n    - resources: {}\n'],
    ['pod.json', '{"apiVersion": "v1", "kind": "Pod", "spec": {"containers": [{"resources": {}}]}}'],
  ])('%s stays a Kubernetes manifest', (name, text) => {
    expect(formatOfCandidate(name, text)).toBe('kubernetes');
  });

  it.each([
    // The Serverless Framework nests CloudFormation under `resources:`; it is not a template.
    ['serverless.yml', 'service: api\nresources:\n  Resources:\n    Table:\n      Type: AWS::DynamoDB::Table\n'],
    ['package.json', '{"name": "x", "version": "1.0.0", "scripts": {"Resources": "x"}}'],
    ['ci.yml', 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n'],
    ['notes.template', 'Resources:\n  - Type: a list, not a template\n'],
  ])('%s is nobody’s', (name, text) => {
    expect(formatOfCandidate(name, text)).toBeUndefined();
  });
});

describe('workloads', () => {
  it('each at its logical id, in YAML, JSON and .template files', async () => {
    const report = await scan({ cwd: join(fixtures, 'resource-types'), paths: ['.'], today: '2026-06-01' });
    const at = (address: string) => report.workloads.find((w) => w.address === address)!;
    expect(report.workloads.map((w) => `${w.file}:${w.location.startLine}:${w.location.startColumn} ${w.address}`)).toEqual([
      'batch.json:7:5 MetalEnvironment',
      'batch.json:18:5 FargateEnvironment',
      'batch.json:25:5 UnmanagedEnvironment',
      'batch.json:29:5 FargateJob',
      'batch.json:37:5 Ec2Job',
      'ec2-instance.yaml:13:3 BareMetalHost',
      'ec2-instance.yaml:18:3 WebServer',
      'ec2-instance.yaml:22:3 ChosenAtDeploy',
      'ec2-instance.yaml:26:3 GivenAtDeploy',
      'ecs.yaml:3:3 FargateTask',
      'ecs.yaml:14:3 Ec2Task',
      'eks.template:4:5 MetalNodes',
      'eks.template:14:5 DefaultNodes',
      'eks.template:18:5 FargatePods',
      'language-extensions.yaml:7:7 Worker${Name}',
      'language-extensions.yaml:14:11 Fn${Name}${X}',
      'language-extensions.yaml:16:3 Plain',
      'launch-template.yaml:2:3 MetalTemplate',
      'launch-template.yaml:7:3 NestedTemplate',
      'launch-template.yaml:14:3 PlainTemplate',
      'launch-template.yaml:19:3 LegacyConfig',
      'serverless.yaml:8:3 HelloFunction',
      'serverless.yaml:13:3 PlainLambda',
      'serverless.yaml:26:3 Service',
    ]);
    // The resource ends where its last value does, not at the next key.
    expect([at('BareMetalHost').location.endLine, at('BareMetalHost').location.endColumn]).toEqual([17, 37]);
    expect(at('BareMetalHost').evidence[1]).toMatchObject({
      reason: 'InstanceType = "m7i.metal-24xl" matches "*.metal" or "*.metal-*" (the value is set at ec2-instance.yaml:6)',
      location: { file: 'ec2-instance.yaml', startLine: 6 },
    });
    expect(at('MetalEnvironment').evidence[1]!.reason).toBe('ComputeResources.InstanceTypes = "m5.metal" matches "*.metal" or "*.metal-*" (the value is set at batch.json:4)');
  });

  it('says why a deciding value is unknown, and what it would decide', async () => {
    const report = await scan({ cwd: join(fixtures, 'resource-types'), paths: ['ec2-instance.yaml'], today: '2026-06-01' });
    const unknown = (address: string) => report.workloads.find((w) => w.address === address)!.evidence.find((e) => e.reason.startsWith('unknown'));
    expect(unknown('ChosenAtDeploy')).toMatchObject({
      reason:
        'unknown: InstanceType is chosen by Fn::If from a condition decided at deploy time; it would be Amazon EC2 bare-metal instance (stratum 3) if it matches "*.metal" or "*.metal-*"',
      location: { startLine: 25, startColumn: 7 },
    });
    expect(unknown('GivenAtDeploy')?.reason).toContain('InstanceType comes from the parameter AppType, which has no Default: it is given at deploy time');
    expect(report.workloads.find((w) => w.address === 'ChosenAtDeploy')!.possibleStrata).toEqual([2, 3]);
  });

  it("reads Rain's directives (rain pkg) as values Rain fills in, not as unknown tags", async () => {
    const root = mkdtempSync(join(tmpdir(), 'strata-cfn-rain-'));
    try {
      writeFileSync(
        join(root, 'stack.yaml'),
        'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Host:\n    Type: AWS::EC2::Instance\n    Properties:\n      InstanceType: !Rain::Embed size.txt\n      UserData: !Rain::S3\n        Path: boot.sh\n',
      );
      const report = await scan({ cwd: root, paths: ['.'], today: '2026-06-01' });
      expect(fileProblems(report)).toEqual([]);
      const host = report.workloads.find((w) => w.address === 'Host')!;
      expect(host.evidence.find((e) => e.reason.startsWith('unknown'))?.reason).toContain('InstanceType is !Rain::Embed, which Rain fills in when it packages the template');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('hostile templates beside a good one', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'strata-cfn-'));
    mkdirSync(join(root, 'good'));
    mkdirSync(join(root, 'bad'));
    cpSync(join(fixtures, 'needs', 'stack.yaml'), join(root, 'good', 'stack.yaml'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const goodFindings = async () => {
    const report = await scan({ cwd: root, paths: ['good'], today: '2026-06-01' });
    return report.findings.map((f) => [f.ruleId, f.location.startLine, f.message]);
  };
  const lines = (count: number, line: (i: number) => string) => Array.from({ length: count }, (_, i) => line(i)).join('\n');
  const template = (resources: string) => `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n${resources}\n`;

  it.each<[string, () => string | Buffer, { workloads: number; problem?: RegExp; line?: number }]>([
    [
      'an alias bomb',
      () =>
        `AWSTemplateFormatVersion: "2010-09-09"\nMappings:\n  a: &a [x, x, x, x, x, x, x, x, x, x]\n${lines(
          8,
          (i) =>
            `  b${i}: &b${i} [${Array(10)
              .fill(i === 0 ? '*a' : `*b${i - 1}`)
              .join(', ')}]`,
        )}\nResources:\n  Host:\n    Type: AWS::EC2::Instance\n    Properties:\n      Tags: *b7\n`,
      { workloads: 0, problem: /^Too many alias expansions/ },
    ],
    [
      'properties nested 200 deep cost their resource, not the file',
      () => template(`  Deep:\n    Type: AWS::EC2::Instance\n    Properties:\n      X: ${'['.repeat(200)}${']'.repeat(200)}\n  Fine:\n    Type: AWS::Lambda::Function\n`),
      { workloads: 1, problem: /^The properties nest more than 64 levels deep/, line: 6 },
    ],
    [
      'an unknown tag is a warning, the resource still read',
      () => template('  Host:\n    Type: AWS::EC2::Instance\n    Properties:\n      InstanceType: !Made::Up size.txt\n'),
      { workloads: 1, problem: /^Unknown tag !Made::Up/, line: 6 },
    ],
    [
      'a short form on a short form',
      () => template('  Host:\n    Type: AWS::EC2::Instance\n    Properties:\n      UserData: !Base64 !Sub "x"\n'),
      { workloads: 0, problem: /tag/ },
    ],
    [
      'bytes that are not UTF-8',
      () => Buffer.from(template('  Host:\n    Type: AWS::EC2::Instance\n    Properties:\n      Name: "\xff\xfe\xfd"\n'), 'latin1'),
      { workloads: 0, problem: /not valid UTF-8/, line: 6 },
    ],
    ['a JSON syntax error', () => '{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {"Host": {"Type": "AWS::EC2::Instance",}}', { workloads: 0, problem: /./, line: 1 }],
    [
      // Said, and read on: published templates with a key written twice deploy. The first counts.
      'a logical id twice',
      () => template('  Host:\n    Type: AWS::EC2::Instance\n  Host:\n    Type: AWS::Lambda::Function\n'),
      { workloads: 1, problem: /Map keys must be unique/, line: 5 },
    ],
    [
      'shapes that are no template',
      () =>
        `AWSTemplateFormatVersion: "2010-09-09"\nParameters: [a]\nGlobals: 3\nResources:\n  A: 1\n  B: {Type: [AWS::EC2::Instance]}\n  C: {Type: AWS::Lambda::Function, Properties: 7, Metadata: [strata]}\n  __proto__: {Type: AWS::Lambda::Function, Properties: {Tags: {Key: x}}}\n  D: {Type: constructor}\n`,
      { workloads: 2 },
    ],
    [
      // Each function takes every global: 1,000 functions × 200 globals would be 200,000 facts, quadratic in the file.
      'Globals.Function copied into a thousand functions is cut at a budget, with a located warning',
      () =>
        `AWSTemplateFormatVersion: "2010-09-09"\nTransform: AWS::Serverless-2016-10-31\nGlobals:\n  Function:\n${lines(200, (i) => `    P${i}: v`)}\nResources:\n${lines(
          1_000,
          (i) => `  F${i}:\n    Type: AWS::Serverless::Function`,
        )}`,
      { workloads: 1_000, problem: /^More than 100000 properties copied from Globals\.Function/, line: 4 },
    ],
    // Linear, and far past CloudFormation's own 1 MB limit at full size; `npm run bench` is where speed is measured.
    [
      '3,000 resources',
      () => template(lines(3_000, (i) => `  R${i}:\n    Type: AWS::Lambda::Function\n    Properties: {Runtime: !Ref P, Tags: [{Key: a, Value: !Sub x}]}`)),
      { workloads: 3_000 },
    ],
  ])('%s', async (_name, text, expected) => {
    const alone = await goodFindings();
    writeFileSync(join(root, 'bad', 'template.yaml'), text());
    const report = await scan({ cwd: root, paths: ['.'], today: '2026-06-01' });
    expect(report.findings.filter((f) => f.location.file.startsWith('good/')).map((f) => [f.ruleId, f.location.startLine, f.message])).toEqual(alone);
    expect(report.workloads.filter((w) => w.file.startsWith('bad/'))).toHaveLength(expected.workloads);
    const problems = fileProblems(report).filter((d) => d.file.startsWith('bad/'));
    if (expected.problem) {
      expect(problems.map((p) => p.message).join('\n')).toMatch(expected.problem);
      if (expected.line !== undefined) expect(problems[0]!.location?.startLine).toBe(expected.line);
    } else expect(problems).toEqual([]);
  });
});
