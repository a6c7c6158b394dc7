/**
 * AWS CloudFormation and SAM templates: any `*.yaml`, `*.yml`, `*.json` or `*.template`
 * whose first bytes show a template — a top-level `AWSTemplateFormatVersion`, SAM's
 * `Transform: AWS::Serverless-…`, or a top-level `Resources` with a `Type: AWS::…` in it.
 * No name claims them: the walk sniffs files with these names; what is not a template is
 * passed over silently (a Kubernetes manifest, a compose file, a package.json).
 */
import { opensAnObject } from '../../json/opens.js';
import type { FormatModule } from '../format.js';

/** Top-level keys start a line; a resource's `Type: AWS::…` is indented under `Resources:`. */
const YAML_TEMPLATE = /^(?:AWSTemplateFormatVersion[ \t]*:|Transform[ \t]*:[ \t]*['"]?AWS::Serverless)/m;
const YAML_RESOURCES = [/^Resources[ \t]*:/m, /^[ \t]+Type[ \t]*:[ \t]*['"]?AWS::/m];
const JSON_TEMPLATE = /"AWSTemplateFormatVersion"\s*:|"Transform"\s*:\s*"AWS::Serverless/;
const JSON_RESOURCES = [/"Resources"\s*:\s*\{/, /"Type"\s*:\s*"AWS::/];

export const cloudformation = {
  id: 'cloudformation',
  displayName: 'AWS CloudFormation and SAM templates',
  names: [],
  candidates: ['.*\\.ya?ml', '.*\\.json', '.*\\.template'],
  examples: ['*.yaml', '*.yml', '*.json', '*.template'],
  sniff(prefix: string): boolean {
    if (opensAnObject(prefix)) return JSON_TEMPLATE.test(prefix) || JSON_RESOURCES.every((k) => k.test(prefix));
    return YAML_TEMPLATE.test(prefix) || YAML_RESOURCES.every((k) => k.test(prefix));
  },
  lineComment: (_path: string, text: string) => (opensAnObject(text) ? undefined : '#'),
  async parse(file, text, context) {
    return (await import('./index.js')).parseCloudFormation(file.absolutePath, text, context);
  },
} as const satisfies FormatModule;
