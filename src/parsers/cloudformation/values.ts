/**
 * CloudFormation values as a static reader sees them: literals stay literals; `Ref` to a
 * parameter with a `Default` is that default (with where it is set), as a Terraform variable
 * default is; every other intrinsic function — in its short YAML form (`!If [...]`) or its
 * full form (`Fn::If: [...]`, JSON's `{"Fn::If": [...]}`) — is `Unknown`, saying why.
 */
import { isMap, isScalar, type Node as YamlNode, type YAMLMap } from 'yaml';
import { Unknown, type Location, type Value } from '../../model.js';
import { deref, entries, entry, entryLocation, scalarValue, type Readable } from '../../yaml/document.js';
import type { FactWalk } from '../../yaml/facts.js';

/** The short forms CloudFormation's YAML defines (rule functions included; SAM's templates use the same): `!Ref` stands for `Ref`, `!If` for `Fn::If`. */
export const SHORT_FORMS: readonly string[] = [
  '!Ref',
  '!Condition',
  ...[
    'And',
    'Base64',
    'Cidr',
    'Contains',
    'EachMemberEquals',
    'EachMemberIn',
    'Equals',
    'FindInMap',
    'ForEach',
    'GetAtt',
    'GetAZs',
    'If',
    'ImportValue',
    'Join',
    'Length',
    'Not',
    'Or',
    'RefAll',
    'Select',
    'Split',
    'Sub',
    'ToJsonString',
    'Transform',
    'ValueOf',
    'ValueOfAll',
  ].map((name) => `!${name}`),
];

/**
 * Rain's directives (`rain pkg`, the AWS CloudFormation team's CLI): tags a template may
 * carry before Rain packages it, each replaced by content Rain reads or uploads.
 * https://pkg.go.dev/github.com/aws-cloudformation/rain/cft/pkg
 */
export const RAIN_DIRECTIVES: readonly string[] = ['Constant', 'Embed', 'Env', 'Include', 'Module', 'S3', 'S3Http'].map((name) => `!Rain::${name}`);

/** Nesting under a resource's properties that facts are read to: real templates nest about ten deep. */
export const PROPERTY_DEPTH = 64;

/** What values are read against: the template's parameters and resource ids. */
export interface Scope {
  doc: Readable;
  parameters: YAMLMap | undefined;
  resources: YAMLMap | undefined;
}

/** An intrinsic function call: its full name (`Ref`, `Fn::If`), as written (`!If`, `Fn::If`), and its argument node. */
interface Intrinsic {
  name: string;
  written: string;
  argument: YamlNode | null;
}

/** A node as an intrinsic function: a short-form tag, or a one-key map `Ref:` / `Fn::…:`. */
function intrinsicOf(node: YamlNode, doc: Readable): Intrinsic | undefined {
  const tag = node.tag;
  if (tag?.startsWith('!') && !tag.startsWith('!!')) {
    const short = tag.slice(1);
    return { name: short === 'Ref' || short === 'Condition' ? short : `Fn::${short}`, written: tag, argument: node };
  }
  if (!isMap(node)) return undefined;
  const list = entries(node, doc);
  if (list.length !== 1) return undefined;
  const [only] = list;
  return only!.key === 'Ref' || only!.key.startsWith('Fn::') ? { name: only!.key, written: only!.key, argument: only!.value } : undefined;
}

/** A call as a person wrote it, for messages: `!Ref AppType`, `Fn::Sub`. */
function shown(call: Intrinsic, doc: Readable): string {
  const node = deref(call.argument, doc);
  return isScalar(node) && typeof node.value === 'string' ? `${call.written} ${node.value}` : call.written;
}

/** The argument of a short form is the tagged node itself; read it without its tag. */
function argumentText(call: Intrinsic, scope: Scope): string | undefined {
  const node = deref(call.argument, scope.doc);
  return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
}

/** A value with where it comes from when that is not where it is written (a parameter's Default). */
interface Read {
  value: Value;
  origin?: Location;
}

const SHORT_SET: ReadonlySet<string> = new Set(SHORT_FORMS);
const RAIN_SET: ReadonlySet<string> = new Set(RAIN_DIRECTIVES);

function evaluate(call: Intrinsic, scope: Scope): Read {
  const written = shown(call, scope.doc);
  if (call.name === 'Ref') return reference(argumentText(call, scope), scope, written);
  if (RAIN_SET.has(call.written)) return { value: new Unknown(`is ${call.written}, which Rain fills in when it packages the template`, written) };
  if (!SHORT_SET.has(`!${call.name.replace(/^Fn::/, '')}`)) return { value: new Unknown(`is ${call.written}, which CloudFormation does not define`, written) };
  // A Sub without a ${} substitution is the string itself.
  const text = call.name === 'Fn::Sub' ? argumentText(call, scope) : undefined;
  if (text !== undefined && !text.includes('${')) return { value: text };
  if (call.name === 'Fn::If') return { value: new Unknown('is chosen by Fn::If from a condition decided at deploy time', written) };
  return { value: new Unknown(`is computed by ${call.name} at deploy time, which strata does not evaluate`, written) };
}

const PSEUDO_PARAMETER = /^AWS::/;

/** `Ref`: a parameter's Default (where it is set as the origin), else unknown, with why. */
function reference(name: string | undefined, scope: Scope, written: string): Read {
  const { doc } = scope;
  if (name === undefined) return { value: new Unknown('is a Ref whose target is not a name', written) };
  if (PSEUDO_PARAMETER.test(name)) return { value: new Unknown(`is the pseudo parameter ${name}, known only at deploy time`, written) };
  const parameter = entry(scope.parameters, name, doc);
  if (parameter) {
    const parameterMap = deref(parameter.value, doc);
    const fallback = isMap(parameterMap) ? entry(parameterMap, 'Default', doc) : undefined;
    const value = deref(fallback?.value, doc);
    if (!fallback || !isScalar(value) || intrinsicOf(value, doc))
      return { value: new Unknown(`comes from the parameter ${name}, which has no Default: it is given at deploy time`, written) };
    return { value: scalarValue(value.value), origin: entryLocation(fallback, doc) };
  }
  if (entry(scope.resources, name, doc)) return { value: new Unknown(`is the id of the resource ${name}, known only once it is created`, written) };
  return { value: new Unknown(`refers to ${name}, which is neither a parameter nor a resource of this template`, written) };
}

/** A literal scalar as written, or Unknown: what needs are read from (no parameter stands in for a need). */
export function literal(raw: YamlNode | null | undefined, doc: Readable): Value {
  const node = deref(raw, doc);
  if (node === null) return null;
  const call = intrinsicOf(node, doc);
  if (call) return new Unknown(`is computed by ${call.written} at deploy time`, shown(call, doc));
  return isScalar(node) ? scalarValue(node.value) : null;
}

/**
 * How a resource's properties become facts: every value under its dotted path
 * (`LaunchTemplateData.InstanceType`), an intrinsic function one value, evaluated.
 */
export function propertyWalk(scope: Scope): FactWalk {
  return {
    doc: scope.doc,
    maxDepth: PROPERTY_DEPTH,
    tooDeep: `The properties nest more than ${PROPERTY_DEPTH} levels deep: this resource is not read`,
    ownValue(node) {
      const call = intrinsicOf(node, scope.doc);
      return call ? evaluate(call, scope) : undefined;
    },
  };
}
