/**
 * A compose file on the shared YAML front end (src/yaml/): its first document, which must
 * be a mapping (compose reads only that one), and the `.env` file beside it that
 * interpolation reads.
 */
import { dirname } from 'node:path';
import { isMap, isScalar, type YAMLMap } from 'yaml';
import type { SourceComment } from '../../attach.js';
import type { Diagnostic } from '../../model.js';
import type { LineIndex } from '../../text/positions.js';
import { ALIAS_BUDGET, loadYaml, type Readable, type YamlDocument } from '../../yaml/document.js';
import type { ParseContext } from '../types.js';
import { parseDotEnv, type Environment } from './interpolate.js';

export { deref, entries, entry, LimitError, span, type Entry } from '../../yaml/document.js';
export { ALIAS_BUDGET };

export interface ComposeFile extends Readable {
  absolutePath: string;
  file: string;
  lines: LineIndex;
  root: YAMLMap | undefined;
  document: YamlDocument['document'] | undefined;
  comments: SourceComment[];
  env: Environment;
  diagnostics: Diagnostic[];
}

export function loadComposeFile(absolutePath: string, text: string, context: ParseContext): ComposeFile {
  const file = context.displayPath(absolutePath);
  const yaml = loadYaml(file, text);
  const [doc, second] = yaml.documents;
  const { lines } = yaml;
  const at = (start: number, end: number, message: string): Diagnostic => ({ file, location: lines.location(file, start, end), message, level: 'error' });
  const diagnostics: Diagnostic[] = [...(doc?.errors ?? [])];
  if (second)
    diagnostics.push(at(second.document.range[0], second.document.range[0] + 3, 'A compose file holds one YAML document; this file has more, and compose reads only the first'));
  const contents = doc?.contents ?? null;
  let root: YAMLMap | undefined;
  if (doc && doc.errors.length === 0) {
    if (isMap(contents)) root = contents;
    else if (contents !== null && !(isScalar(contents) && contents.value === null)) {
      diagnostics.push(at(contents.range?.[0] ?? 0, contents.range?.[1] ?? 1, 'A compose file must be a mapping (services:, volumes:, …) at the top level'));
    }
  }
  const envResult = context.read(`${dirname(absolutePath)}/.env`);
  const env = envResult.ok ? parseDotEnv(envResult.text) : new Map<string, string>();
  // No .env is the usual case; one strata refuses (outside the repository, a FIFO, too large) is said.
  if (!envResult.ok && !envResult.missing)
    diagnostics.push({ file, location: lines.location(file, 0, 0), message: `.env beside this file not read: ${envResult.message}`, level: 'warning' });
  return {
    absolutePath,
    file,
    lines,
    root,
    document: doc?.document,
    anchors: root && doc ? doc.anchors : new Map(),
    comments: yaml.comments,
    env,
    diagnostics,
    aliases: { left: ALIAS_BUDGET },
  };
}
