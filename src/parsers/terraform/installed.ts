/**
 * Modules `terraform init` (or `tofu init`) installed: a root module directory's
 * `.terraform/modules/modules.json` names, for each module call (nested ones keyed
 * `web.inner`), the directory its copy lies in. Discovery never enters `.terraform`; this
 * stage reads the manifest and the installed `.tf` and `.tofu` files through the scan's confined reader,
 * so an installed module is scanned as the body of its call, like a local module.
 * Nothing is ever written; a call the manifest does not know, or knows under another
 * source, is a note, and its workloads stay unscanned.
 */
import { readdirSync, realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Diagnostic } from '../../model.js';
import { insideWithoutGit, within } from '../../read.js';
import type { LinkedFile, ModuleCall, ParseContext, ParsedFile } from '../types.js';
import { openTofuSibling } from './opentofu.js';

/** How deep nested module calls are followed inside installed modules. */
export const MAX_INSTALLED_DEPTH = 16;
/**
 * What one scan reads of installed modules, in all: files, characters and the workloads they
 * make. Each call is the body of its own copy, so a manifest that sends 400 calls to one
 * directory of 4,000 resources asks for 1.6 million workloads from a 300 KB tree (before these
 * bounds: 4 GB, then out of memory, and every file's findings lost).
 */
export const MAX_INSTALLED_FILES = 2000;
const MAX_INSTALLED_CHARACTERS = 64 * 1024 * 1024;
const MAX_INSTALLED_WORKLOADS = 20_000;
/** How many manifest entries are looked at. */
const MAX_MANIFEST_ENTRIES = 10_000;

export interface InstalledModule {
  /** The manifest key: `web`, `web.inner`. */
  key: string;
  /** `module.web.module.inner.` — what prefixes the addresses inside. */
  prefix: string;
  /** The installed copy's directory, absolute. */
  dir: string;
  /** The call that loads it, and the directory that call is written in. */
  call: ModuleCall;
  from: string;
  /** The call in the scanned files the chain starts at (findings are reported there), and its file. */
  top: ModuleCall;
  topFile: ParsedFile;
  source: string;
  version?: string;
  files: LinkedFile[];
}

export interface Installed {
  modules: InstalledModule[];
  /** Remote calls of the scanned files that an installed copy answers. */
  handled: Set<ModuleCall>;
  /** Remote calls of the scanned files the manifest lists but cannot answer (already said in a note). */
  noted: Set<ModuleCall>;
  diagnostics: Diagnostic[];
}

interface Entry {
  source: string;
  version?: string;
  dir: string;
}

export function isLocalSource(source: string): boolean {
  return source.startsWith('./') || source.startsWith('../');
}

/** `registry.terraform.io/ns/name/provider` and `ns/name/provider` are one source. */
function sameSource(a: string, b: string): boolean {
  const normal = (s: string) =>
    s
      .replace(/^registry\.terraform\.io\//i, '')
      .replace(/^registry\.opentofu\.org\//i, '')
      .toLowerCase();
  return normal(a) === normal(b);
}

export async function loadInstalled(files: LinkedFile[], context: ParseContext): Promise<Installed> {
  const diagnostics: Diagnostic[] = [];
  const modules: InstalledModule[] = [];
  const handled = new Set<ModuleCall>();
  const noted = new Set<ModuleCall>();
  const left = { files: MAX_INSTALLED_FILES, characters: MAX_INSTALLED_CHARACTERS, workloads: MAX_INSTALLED_WORKLOADS };
  let overBudget: ModuleCall | undefined;

  // The scanned directories that call remote modules, with each call's file; and who calls each local module.
  const remoteCalls = new Map<string, Array<{ call: ModuleCall; file: ParsedFile }>>();
  const localCallers = new Map<string, Array<{ from: string; name: string }>>();
  for (const { absolutePath, parsed } of files) {
    const dir = dirname(absolutePath);
    for (const call of parsed.terraform?.calls ?? []) {
      if (typeof call.source !== 'string') continue;
      if (isLocalSource(call.source)) {
        const target = resolve(dir, call.source);
        const callers = localCallers.get(target);
        if (callers) callers.push({ from: dir, name: call.name });
        else localCallers.set(target, [{ from: dir, name: call.name }]);
        continue;
      }
      const calls = remoteCalls.get(dir);
      if (calls) calls.push({ call, file: parsed });
      else remoteCalls.set(dir, [{ call, file: parsed }]);
    }
  }

  // Each such directory's root module (the nearest, through local module calls, that holds
  // .terraform/modules/modules.json), and the manifest key of the local call path to it.
  const hasManifest = (dir: string) => {
    const read = context.read(join(dir, '.terraform', 'modules', 'modules.json'));
    return read.ok || !read.missing;
  };
  const roots = new Map<string, Array<{ call: ModuleCall; file: ParsedFile; dir: string; parentKey: string }>>();
  for (const [dir, calls] of remoteCalls) {
    let root: string | undefined = dir;
    const path: string[] = [];
    const seen = new Set<string>();
    while (root !== undefined && !hasManifest(root)) {
      seen.add(root);
      // A local module called from several places is installed once per call path: the first one is followed.
      const caller: { from: string; name: string } | undefined = localCallers.get(root)?.[0];
      if (!caller || seen.has(caller.from) || path.length >= MAX_INSTALLED_DEPTH) root = undefined;
      else {
        path.unshift(caller.name);
        root = caller.from;
      }
    }
    if (root === undefined) continue;
    const list = roots.get(root) ?? [];
    roots.set(root, list);
    for (const call of calls) list.push({ ...call, dir, parentKey: path.join('.') });
  }

  for (const [root, calls] of roots) {
    const manifestPath = join(root, '.terraform', 'modules', 'modules.json');
    const read = context.read(manifestPath);
    if (!read.ok) {
      if (!read.missing) {
        const first = calls[0]!.call;
        diagnostics.push(note(first, `${context.displayPath(manifestPath)} cannot be read (${read.message}), so installed modules are not scanned`));
      }
      continue;
    }
    const manifest = parseManifest(read.text);
    if (typeof manifest === 'string') {
      diagnostics.push(note(calls[0]!.call, `${context.displayPath(manifestPath)} ${manifest}, so installed modules are not scanned`));
      continue;
    }
    const installedBase = join(root, '.terraform', 'modules');
    // The installed copies lie below the root's own .terraform/modules, after every symlink.
    let realBase: string;
    try {
      realBase = realpathSync(installedBase);
      if (!insideWithoutGit(realpathSync(root), realBase)) throw new Error('outside');
    } catch {
      diagnostics.push(note(calls[0]!.call, `${context.displayPath(installedBase)} is not a directory inside the module's directory, so installed modules are not scanned`));
      continue;
    }

    /** Follows one call into its installed copy, and the calls inside it. */
    const follow = async (
      call: ModuleCall,
      from: string,
      parentKey: string,
      prefix: string,
      top: { call: ModuleCall; file: ParsedFile },
      ancestors: string[],
    ): Promise<boolean> => {
      const key = parentKey ? `${parentKey}.${call.name}` : call.name;
      const address = `${prefix}module.${call.name}`;
      const say = (message: string) => diagnostics.push(note(top.call, `${address}: ${message}`));
      if (typeof call.source !== 'string') return false;
      const entry = manifest.get(key);
      if (!entry) {
        say(`the module is not in ${context.displayPath(manifestPath)} (run terraform init again), so the workloads inside it are not scanned`);
        return false;
      }
      if (!sameSource(entry.source, call.source)) {
        say(
          `${context.displayPath(manifestPath)} installed "${entry.source}", not "${call.source}" (it is stale: run terraform init again), so the workloads inside it are not scanned`,
        );
        return false;
      }
      const dir = resolve(root, entry.dir);
      if (!within(installedBase, dir)) {
        say(`its installed directory "${entry.dir}" lies outside .terraform/modules, so strata does not read it`);
        return false;
      }
      let realDir: string;
      try {
        realDir = realpathSync(dir);
      } catch {
        say(`its installed directory "${entry.dir}" does not exist (run terraform init again)`);
        return false;
      }
      if (!insideWithoutGit(realBase, realDir)) {
        say(`its installed directory "${entry.dir}" resolves outside the module's directory, so strata does not read it`);
        return false;
      }
      if (ancestors.includes(realDir)) {
        say(`its installed directory "${entry.dir}" is one of the modules that call it (a cycle), so it is scanned once`);
        return false;
      }
      if (ancestors.length >= MAX_INSTALLED_DEPTH) {
        say(`it is nested more than ${MAX_INSTALLED_DEPTH} module calls deep, so strata stops there`);
        return false;
      }
      let names: string[];
      try {
        const listed = new Set(
          readdirSync(realDir, { withFileTypes: true })
            .filter((d) => d.isFile() && (d.name.endsWith('.tf') || d.name.endsWith('.tofu')))
            .map((d) => d.name),
        );
        names = [...listed].filter((name) => !listed.has(openTofuSibling(name) ?? '')).sort();
      } catch {
        say(`its installed directory "${entry.dir}" cannot be listed`);
        return false;
      }
      const installedFiles: LinkedFile[] = [];
      const { parseTerraformHcl } = await import('./hcl.js');
      for (const name of names) {
        if (left.files <= 0 || left.characters <= 0 || left.workloads <= 0) {
          overBudget ??= top.call;
          break;
        }
        left.files--;
        const absolutePath = join(dir, name);
        const text = context.read(absolutePath);
        const display = context.displayPath(absolutePath);
        if (!text.ok) {
          diagnostics.push({ file: display, message: text.message, level: 'note' });
          continue;
        }
        left.characters -= text.text.length;
        const parsed = await parseTerraformHcl(display, text.text, context, absolutePath);
        left.workloads -= parsed.workloads.length;
        // An installed module is someone else's code: its problems are notes, and its comments and calls carry no needs or suppressions.
        for (const d of parsed.diagnostics) diagnostics.push({ ...d, level: 'note', message: `in installed module ${address}: ${d.message}` });
        for (const w of parsed.workloads) w.annotations = [];
        for (const c of parsed.terraform?.calls ?? []) c.annotations = [];
        parsed.embedded = [];
        installedFiles.push({ absolutePath, parsed });
      }
      modules.push({ key, prefix: `${address}.`, dir, call, from, top: top.call, topFile: top.file, source: entry.source, version: entry.version, files: installedFiles });
      for (const { parsed } of installedFiles) {
        for (const inner of parsed.terraform?.calls ?? []) {
          if (typeof inner.source !== 'string') continue;
          await follow(inner, dir, key, `${address}.`, top, [...ancestors, realDir]);
        }
      }
      return true;
    };

    for (const top of calls) {
      if (await follow(top.call, top.dir, top.parentKey, '', top, [])) handled.add(top.call);
      else noted.add(top.call);
    }
  }
  if (overBudget) {
    const limits = `${MAX_INSTALLED_FILES} files, ${MAX_INSTALLED_CHARACTERS / (1024 * 1024)} MB or ${MAX_INSTALLED_WORKLOADS} workloads`;
    diagnostics.push(note(overBudget, `installed modules past what one scan reads of them (${limits}): strata scanned those before this call's`));
  }
  return { modules, handled, noted, diagnostics };
}

function note(call: ModuleCall, message: string): Diagnostic {
  return { file: call.header.file, location: call.header, message, level: 'note' };
}

/** The manifest's entries by key, or what is wrong with it. */
function parseManifest(text: string): Map<string, Entry> | string {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return 'is not valid JSON';
  }
  const list = data !== null && typeof data === 'object' ? (data as { Modules?: unknown }).Modules : undefined;
  if (!Array.isArray(list)) return 'has no "Modules" list';
  const entries = new Map<string, Entry>();
  for (const item of list.slice(0, MAX_MANIFEST_ENTRIES)) {
    if (item === null || typeof item !== 'object') continue;
    const { Key, Source, Version, Dir } = item as Record<string, unknown>;
    if (typeof Key !== 'string' || typeof Source !== 'string' || typeof Dir !== 'string' || Key === '') continue;
    entries.set(Key, { source: Source, dir: Dir, ...(typeof Version === 'string' && Version !== '' ? { version: Version } : {}) });
  }
  return entries;
}
