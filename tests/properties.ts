/**
 * Properties of the parts that read untrusted text: the HCL scanner, the literal reader,
 * the annotation grammar, offset → line/column, compose interpolation, CloudFormation
 * templates. Shared by the
 * short run in the test suite and the long one behind `npm run fuzz`.
 */
import fc from 'fast-check';
import { findDirective, parseDirective } from '../src/annotations.js';
import { Unknown } from '../src/model.js';
import { Catalog } from '../src/catalog.js';
import { parseCloudFormation } from '../src/parsers/cloudformation/index.js';
import { interpolate } from '../src/parsers/compose/interpolate.js';
import { literalValue, LiteralSyntaxError } from '../src/hcl/literal.js';
import { scanHcl } from '../src/hcl/scanner.js';
import { LineIndex, Utf8OffsetMap } from '../src/text/positions.js';
import { ruleIds } from '../rules/index.js';
import { Vocabulary } from '../src/vocabulary.js';

const vocabulary = Vocabulary.builtIn();
const here = { file: 'x', startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };

/** Text that looks like HCL often enough to reach deep into the scanner. */
const hclish = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc
    .array(
      fc.constantFrom(
        'resource',
        ' "a" ',
        '"b"',
        '{',
        '}',
        '[',
        ']',
        '(',
        ')',
        '=',
        ' = ',
        '\n',
        '\r\n',
        '#',
        '//',
        '/*',
        '*/',
        '<<EOT\n',
        '\nEOT\n',
        '${',
        '%{',
        '"',
        '\\',
        'x',
        '1',
        ',',
        ':',
        'é',
        '😀',
        '\t',
        'true',
        'for ',
        ' => ',
      ),
      { maxLength: 60 },
    )
    .map((parts) => parts.join('')),
);

/** A value as templates write them: literals, short and full intrinsic forms, aliases, and junk. */
const templateValue = fc.oneof(
  fc.constantFrom('m5.metal', 't3.micro', '"c5.metal"', '!Ref P', '!Ref AWS::Region', '!Ref A', '!If [C, a.metal, b]', '!Sub "${P}"', '!Sub x.metal'),
  fc.constantFrom('{"Ref": "P"}', '{"Fn::If": [C, x, y]}', '!Base64 !Sub x', '!Foo bar', '*a', '&a m5.metal', '[FARGATE]', '{Fn::GetAtt: [A, B]}', '!GetAtt [A, B]'),
  fc.string({ maxLength: 12 }),
);
const templateType = fc.constantFrom('AWS::EC2::Instance', 'AWS::EC2::LaunchTemplate', 'AWS::Serverless::Function', 'AWS::ECS::TaskDefinition', 'AWS::S3::Bucket', '[x]', '');
/** Text shaped like a CloudFormation template, with values (and, now and then, a line) that are anything. */
const templateish = fc
  .tuple(templateValue, fc.array(fc.tuple(fc.boolean(), templateType, templateValue, templateValue, fc.option(fc.string({ maxLength: 20 }), { nil: undefined })), { maxLength: 6 }))
  .map(([parameter, resources]) =>
    [
      `Parameters:\n  P:\n    Default: ${parameter}\nGlobals:\n  Function:\n    Tags: {strata-needs: 2}\nResources:`,
      ...resources.map(
        ([comment, type, value, need, junk], i) =>
          `${comment ? '  # strata: needs=3 reason="x"\n' : ''}  R${i}:\n    Type: ${type}\n    Metadata:\n      strata: {needs: ${need}}\n    Properties:\n      InstanceType: ${value}\n      LaunchTemplateData: {InstanceType: ${value}}\n      Tags:\n        - {Key: strata-needs, Value: ${need}}${junk === undefined ? '' : `\n${junk}`}`,
      ),
    ].join('\n'),
  );

const catalog = Catalog.builtIn();
const templateContext = {
  knows: (format: string, kind: string) => catalog.knows(format as never, kind),
  annotations: { vocabulary, ruleIds },
  read: () => ({ ok: false as const, missing: true, message: 'not read' }),
  displayPath: (path: string) => path,
};

// Properties differ in their arguments; callers only run them.
// biome-ignore lint/suspicious/noExplicitAny: the properties take different argument tuples
export const properties: Record<string, fc.IProperty<any>> = {
  'the scanner never throws, and its errors and blocks lie inside the text': fc.property(hclish, (text) => {
    const scan = scanHcl(text);
    for (const e of scan.errors) if (e.offset < 0 || e.offset > text.length || e.end < e.offset) return false;
    const inside = (b: { start: number; end: number; blocks: Array<{ start: number; end: number; blocks: never[] }> }): boolean =>
      b.start >= 0 && b.end <= text.length && b.start <= b.end && b.blocks.every(inside);
    return scan.blocks.every((b) => inside(b as never));
  }),

  'the literal reader either reads a value or reports a located syntax error': fc.property(hclish, (text) => {
    try {
      const value = literalValue(text, 0, text.length);
      return value === null || value instanceof Unknown || ['string', 'number', 'boolean', 'object'].includes(typeof value);
    } catch (e) {
      return e instanceof LiteralSyntaxError && e.offset >= 0 && e.offset <= text.length;
    }
  }),

  'a string literal reads back as itself': fc.property(fc.string({ maxLength: 80 }), (s) => {
    const escaped = `"${s
      .replace(/\\/g, '\\\\')
      .replace(/"/g, '\\"')
      .replace(/\n/g, '\\n')
      .replace(/\r/g, '\\r')
      .replace(/\t/g, '\\t')
      .replace(/\$\{/g, () => '$${')
      .replace(/%\{/g, '%%{')}"`;
    return literalValue(escaped, 0, escaped.length) === s;
  }),

  'annotations never throw: a directive is a need, a default, a suppression or invalid': fc.property(
    fc.oneof(
      fc.string({ maxLength: 120 }),
      fc.string({ maxLength: 80 }).map((s) => `strata: ${s}`),
      fc.string({ maxLength: 80 }).map((s) => `strata-ignore: ${s}`),
    ),
    (comment) => {
      const span = findDirective(comment);
      if (!span) return true;
      const annotation = parseDirective(comment.slice(span.start, span.end), here, { vocabulary, ruleIds });
      return ['need', 'default-need', 'suppression', 'invalid'].includes(annotation.kind);
    },
  ),

  'offset → line/column → offset is the identity, and columns stay within their line': fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.nat(), (text, n) => {
    const index = new LineIndex(text);
    const offset = text.length === 0 ? 0 : n % (text.length + 1);
    const { line, column } = index.position(offset);
    if (index.lineStart(line) + column - 1 !== offset) return false;
    return column >= 1 && column - 1 <= text.length - index.lineStart(line);
  }),

  'UTF-8 byte offsets map to the string offsets of the same characters': fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
    const map = new Utf8OffsetMap(text);
    let bytes = 0;
    for (let i = 0; i < text.length; ) {
      if (map.toIndex(bytes) !== i) return false;
      const point = text.codePointAt(i)!;
      bytes += Buffer.byteLength(String.fromCodePoint(point));
      i += point > 0xffff ? 2 : 1;
    }
    return map.toIndex(bytes) === text.length;
  }),

  'interpolation never throws, and text without $ is unchanged': fc.property(
    fc.string({ maxLength: 100 }),
    fc.dictionary(fc.stringMatching(/^[A-Z_]{1,6}$/), fc.string({ maxLength: 10 })),
    (text, vars) => {
      const result = interpolate(text, new Map(Object.entries(vars)));
      if (!text.includes('$')) return result === text;
      return typeof result === 'string' || result instanceof Unknown;
    },
  ),

  '$$ always reads as one literal $': fc.property(fc.stringMatching(/^[a-z ]{0,20}$/), (text) => interpolate(`$$${text}`, new Map()) === `$${text}`),

  'a CloudFormation template never throws, and every workload and problem lies inside it': fc.property(templateish, (text) => {
    const parsed = parseCloudFormation('t.yaml', text, templateContext as never);
    const lines = text.split('\n').length;
    const inside = (l: { startLine: number; endLine: number } | undefined) => l === undefined || (l.startLine >= 1 && l.endLine <= lines && l.startLine <= l.endLine);
    return parsed.workloads.every((w) => inside(w.location) && w.facts.every((f) => inside(f.location))) && parsed.diagnostics.every((d) => inside(d.location));
  }),
};
