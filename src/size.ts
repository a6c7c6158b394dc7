/** Sizes as people write them: `5MB`, `500kB`, `1048576` (bytes); units are powers of 1024. */
const SIZE = /^(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?$/i;
const UNIT: Record<string, number> = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

/** The number of bytes a size stands for, or undefined when it is not one (or is under a byte). */
export function parseSize(value: string | number): number | undefined {
  const match = SIZE.exec(String(value).trim());
  if (!match) return undefined;
  const bytes = Math.floor(Number(match[1]) * UNIT[(match[2] ?? 'b').toLowerCase()]!);
  return Number.isFinite(bytes) && bytes >= 1 ? bytes : undefined;
}
