/** Vagrantfiles: `Vagrantfile`, `Vagrantfile.<name>`, `<name>.Vagrantfile`, and templates by content. */
import type { FormatModule } from '../format.js';
import { looksLikeVagrantfile } from './sniff.js';

export const vagrant = {
  id: 'vagrant',
  displayName: 'Vagrant',
  names: ['Vagrantfile(\\.[^/]*)?', '[^/]*\\.Vagrantfile'],
  examples: ['Vagrantfile', 'Vagrantfile.<name>', '<name>.Vagrantfile'],
  sniff: looksLikeVagrantfile,
  lineComment: () => '#',
  async parse(file, text, context) {
    return (await import('./index.js')).parseVagrant(file.path, text, context);
  },
} as const satisfies FormatModule;
