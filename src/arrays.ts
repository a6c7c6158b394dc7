/**
 * `target.push(...items)` passes every item as an argument and throws a RangeError past
 * about 100,000 of them: a hostile file can hold that many annotations or resources.
 */
export function append<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
