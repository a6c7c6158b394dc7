/**
 * `--print-config <file>`: the configuration in force for one file, as strata applies it —
 * which config file, every rule's level after the overrides that match the file, and the
 * need an override gives it — so a surprising result can be traced to the line that made it.
 */
import { relative, resolve } from 'node:path';
import { overridesFor, ruleLevelsFor, type Config, type RuleSetting } from './config.js';
import { toPosix } from './discover.js';
import type { Level } from './model.js';

export function printConfig(file: string, config: Config | undefined, ruleLevels: Record<string, Level>, cwd: string): string {
  const absolutePath = resolve(cwd, file);
  const shown = (path: string) => toPosix(relative(cwd, path)) || '.';
  const matching = config ? overridesFor(config, absolutePath) : [];
  const rules: Record<string, RuleSetting> = config ? ruleLevelsFor(config, matching, ruleLevels) : { ...ruleLevels };
  const need = matching.find((o) => o.needs !== undefined);
  return `${JSON.stringify(
    {
      file: shown(absolutePath),
      config: config?.path ? shown(config.path) : null,
      rules,
      need: need ? { needs: need.needs, reason: need.reason ?? null, from: `${need.location.file}:${need.location.startLine}` } : null,
      overrides: matching.map((o) => `${o.location.file}:${o.location.startLine}`),
      failOn: config?.failOn ?? 'error',
      include: (config?.include ?? []).map((p) => shown(p.path)),
      exclude: config?.exclude ?? [],
      files: config?.files ?? {},
      intents: Object.keys(config?.intents ?? {}),
      varFiles: (config?.varFiles ?? []).map((p) => shown(p.path)),
      maxFileSize: config?.maxFileSize ?? null,
    },
    null,
    2,
  )}\n`;
}
