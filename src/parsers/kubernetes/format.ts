/**
 * Kubernetes manifests: any `*.yaml`, `*.yml` or `*.json` whose documents carry `apiVersion`
 * and `kind` (multi-document streams, `List` objects, JSON). No name claims them: the walk
 * sniffs files with these names, and what is not a manifest is passed over silently.
 */
import type { FormatModule } from '../format.js';

/** A top-level `apiVersion:` and `kind:` in YAML, or both keys in JSON. */
const YAML_KEYS = [/^apiVersion[ \t]*:[ \t]*\S/m, /^kind[ \t]*:[ \t]*\S/m];
const JSON_KEYS = [/"apiVersion"\s*:/, /"kind"\s*:/];
/**
 * A template to render first, not a manifest: a value that opens with an unquoted `{{`
 * (Jinja, Go templates: Ansible's `templates/`, which YAML would read as a nested flow
 * mapping) or a line that opens with `{{`/`{%`. Quoted placeholders (`"{{ .Values.x }}"`) are
 * plain strings and do not count.
 */
const TEMPLATED = /^[^#\n]*:[ \t]+\{\{|^[ \t]*\{[{%]/m;

export const kubernetes = {
  id: 'kubernetes',
  displayName: 'Kubernetes manifests',
  names: [],
  candidates: ['.*\\.ya?ml', '.*\\.json'],
  examples: ['*.yaml', '*.yml', '*.json'],
  sniff(prefix: string): boolean {
    if (/^\s*[[{]/.test(prefix)) return JSON_KEYS.every((k) => k.test(prefix));
    return YAML_KEYS.every((k) => k.test(prefix)) && !TEMPLATED.test(prefix);
  },
  // JSON manifests hold no comments.
  lineComment: (_path: string, text: string) => (/^\uFEFF?\s*[[{]/.test(text) ? undefined : '#'),
  async parse(file, text, context) {
    return (await import('./index.js')).parseKubernetes(file.absolutePath, text, context);
  },
  async link(files, inputs) {
    return (await import('./link.js')).linkKubernetes(files, inputs);
  },
} as const satisfies FormatModule;
