/** docker compose files: base files, overrides and variants (`compose.yaml`, `docker-compose.prod.yml`). */
import type { FormatModule } from '../format.js';

/** A compose file name; group 2 is a variant (`override`, `prod`) merged over the base file beside it. */
export const COMPOSE_NAME = /^(docker-compose|compose)(?:\.([^/]+))?\.ya?ml$/;

export const compose = {
  id: 'compose',
  displayName: 'docker compose',
  names: [COMPOSE_NAME.source.slice(1, -1)],
  examples: ['compose.yaml', 'docker-compose.yml', 'compose.override.yaml', 'docker-compose.<variant>.yml'],
  lineComment: () => '#',
  async parse(file, text, context) {
    return (await import('./index.js')).parseCompose(file.absolutePath, text, context);
  },
} as const satisfies FormatModule;
