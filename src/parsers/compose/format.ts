/** docker compose files: base files, overrides and variants (`compose.yaml`, `docker-compose.prod.yml`). */
import type { FormatModule } from '../format.js';

export const compose = {
  id: 'compose',
  displayName: 'docker compose',
  names: ['(docker-)?compose(\\.[^/]+)?\\.ya?ml'],
  examples: ['compose.yaml', 'docker-compose.yml', 'compose.override.yaml', 'docker-compose.<variant>.yml'],
  async parse(file, text, context) {
    return (await import('./index.js')).parseCompose(file.absolutePath, text, context);
  },
} as const satisfies FormatModule;
