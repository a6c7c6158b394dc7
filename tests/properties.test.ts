/** The property tests, short: a few hundred cases each. `npm run fuzz` runs 10,000+. */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { properties } from './properties.js';

describe('properties', () => {
  it.each(Object.entries(properties))('%s', (_name, property) => {
    fc.assert(property, { numRuns: 300, seed: 20261124 });
  });
});
