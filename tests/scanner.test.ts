import { describe, expect, it } from 'vitest';
import { scanHcl } from '../src/hcl/scanner.js';
import { LineIndex } from '../src/text/positions.js';

function at(text: string, offset: number) {
  return new LineIndex(text).position(offset);
}

describe('scanHcl', () => {
  it('finds blocks with labels, attributes and nested blocks at their positions', () => {
    const text = [
      'resource "aws_instance" "web" {',
      '  instance_type = "m5.metal"',
      '  advanced_machine_features {',
      '    enable_nested_virtualization = true',
      '  }',
      '}',
      'locals { a = 1 }',
    ].join('\n');
    const scan = scanHcl(text);
    expect(scan.errors).toEqual([]);
    expect(scan.blocks.map((b) => [b.type, ...b.labels])).toEqual([['resource', 'aws_instance', 'web'], ['locals']]);
    const [resource] = scan.blocks;
    expect(at(text, resource!.start)).toEqual({ line: 1, column: 1 });
    expect(at(text, resource!.end)).toEqual({ line: 6, column: 2 });
    const attribute = resource!.attributes[0]!;
    expect(attribute.name).toBe('instance_type');
    expect(at(text, attribute.nameStart)).toEqual({ line: 2, column: 3 });
    expect(text.slice(attribute.exprStart, attribute.exprEnd)).toBe('"m5.metal"');
    const nested = resource!.blocks[0]!;
    expect(nested.type).toBe('advanced_machine_features');
    expect(at(text, nested.attributes[0]!.nameStart)).toEqual({ line: 4, column: 5 });
    expect(scan.blocks[1]!.attributes[0]!.name).toBe('a');
  });

  it('skips strings, templates, heredocs and comments that contain braces', () => {
    const text = [
      'resource "a" "b" {',
      '  s = "}{ ${jsonencode({ a = "}" })} $${not} %{ if true }x%{ endif }"',
      '  h = <<-EOT',
      '    } not a brace ${ "{" }',
      '    EOT',
      '  # } comment',
      '  /* { */',
      '  l = [for x in var.y : { k = x }]',
      '  m = { for k, v in var.m : k => v }',
      '  c = var.a == 1 && var.b != 2 || var.c <= 3 || var.d >= 4 ? "y" : "n"',
      '}',
      'resource "c" "d" {}',
    ].join('\n');
    const scan = scanHcl(text);
    expect(scan.errors).toEqual([]);
    expect(scan.blocks.map((b) => b.labels.join('.'))).toEqual(['a.b', 'c.d']);
    expect(scan.blocks[0]!.attributes.map((a) => a.name)).toEqual(['s', 'h', 'l', 'm', 'c']);
    expect(scan.comments.map((c) => c.text)).toEqual([' } comment', ' { ']);
  });

  it("reads a quoted label's escapes as HCL does", () => {
    const scan = scanHcl('resource "a\\"b" "q\\u001b\\t\\U0001F600\\\\" {\n}\n');
    expect(scan.errors).toEqual([]);
    expect(scan.blocks[0]!.labels).toEqual(['a"b', 'q\u001b\t\u{1F600}\\']);
  });

  it('records the items of an object written as a value, with their positions', () => {
    const text = 'resource "a" "b" {\n  tags = {\n    "strata:needs" = "os"\n    Name: "x", (var.k) = 1\n  }\n}\n';
    const tags = scanHcl(text).blocks[0]!.attributes[0]!;
    expect(tags.items!.map((i) => i.name)).toEqual(['strata:needs', 'Name', '(var.k)']);
    expect(at(text, tags.items![0]!.nameStart)).toEqual({ line: 3, column: 5 });
    expect(text.slice(tags.items![0]!.exprStart, tags.items![0]!.exprEnd)).toBe('"os"');
  });

  it('accepts object keys that are numbers or computed expressions (seen in real code)', () => {
    const text = 'locals {\n  a = { 1 = 1 }\n  b = {\n    lower("Reader") = "x",\n    (var.k) = 2\n  }\n}\n';
    const scan = scanHcl(text);
    expect(scan.errors).toEqual([]);
    expect(scan.blocks[0]!.attributes[1]!.items!.map((i) => i.name)).toEqual(['lower("Reader")', '(var.k)']);
  });

  it('accepts a BOM, CRLF line ends and a one-line block', () => {
    const scan = scanHcl('\ufeffresource "a" "b" { x = 1 }\r\nresource "c" "d" {\r\n  y = 2\r\n}\r\n');
    expect(scan.errors).toEqual([]);
    expect(scan.blocks.map((b) => b.attributes.map((a) => a.name))).toEqual([['x'], ['y']]);
  });

  it.each([
    ['resource "a" "b" {\n  x = 1\n', 'Unclosed configuration block', { line: 1, column: 18 }],
    ['resource "a" "b" {\n  x = "abc\n}\n', 'Unterminated string', { line: 2, column: 7 }],
    ['resource "a" "b" {\n  x = <<EOT\nabc\n}\n', 'Unterminated heredoc', { line: 2, column: 7 }],
    ['resource "a" "b" {\n  x = [1, 2\n}\n', 'Mismatched bracket', { line: 3, column: 1 }],
    ['resource "a" "b" {\n  x =\n}\n', 'Missing value', { line: 2, column: 6 }],
    ['resource "a" "b" {\n  x = 1\n  x = 2\n}\n', 'Attribute redefined', { line: 3, column: 3 }],
    ['resource "a" "${var.b}" {\n}\n', 'template sequences are not allowed', { line: 1, column: 15 }],
    ['}\n', 'Unexpected "}"', { line: 1, column: 1 }],
    ['resource "a" "b" {} resource "c" "d" {}\n', 'Missing newline', { line: 1, column: 21 }],
    ['resource "a" "b" {\n  /* never closed\n}\n', 'Unterminated comment', { line: 2, column: 3 }],
    ['resource "a" "b" {\n  labels { label = "x" value = "y" }\n}\n', 'Unexpected "="', { line: 2, column: 30 }],
    ['resource "a" "b" {\n  x = 1 = 2\n}\n', 'Unexpected "="', { line: 2, column: 9 }],
    ['resource "a" "b\\q" {\n}\n', 'Invalid escape sequence "\\q"', { line: 1, column: 16 }],
    ['resource "a" "b\\UFFFFFFFF" {\n}\n', 'takes 8 hex digits of a Unicode code point', { line: 1, column: 16 }],
  ])('reports %j as a located error', (text, message, position) => {
    const { errors } = scanHcl(text);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain(message);
    expect(at(text, errors[0]!.offset)).toEqual(position);
  });

  it('rejects nesting deeper than it can follow, without overflowing the stack', () => {
    const depth = 10_000;
    const text = `${'a {\n'.repeat(depth)}${'}\n'.repeat(depth)}`;
    const { errors } = scanHcl(text);
    expect(errors[0]!.message).toMatch(/Nesting deeper than/);
  });
});
