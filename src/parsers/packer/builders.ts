/** Builder types strata leaves out, and what it says of the others the catalog does not know. */
import type { Diagnostic, Location } from '../../model.js';

/** `null` connects to an existing host over SSH and `file` writes a file: neither builds a machine, so neither is a workload. */
const NOT_MACHINES = new Set(['null', 'file']);

/** A note for a builder the catalog does not know (none for `null` and `file`), so it is not passed over in silence. */
export function uncatalogued(type: string, address: string, location: Location): Diagnostic[] {
  if (NOT_MACHINES.has(type)) return [];
  return [
    {
      file: location.file,
      location,
      message: `The Packer builder "${type}" is not in strata's catalog, so ${address} is not classified (a config file's catalog entries can add it)`,
      level: 'note',
    },
  ];
}
