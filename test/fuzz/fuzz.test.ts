/**
 * The fuzz harness at a modest count, on every `npm test` (the long campaign: `npm run fuzz`). The properties and
 * their invariants are in ./properties.ts.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { cliInput, cliProperty, templateInput, templateProperty, xlsxInput, xlsxProperty, yamlInput, yamlProperty } from './properties.js';

// a fixed seed: the suite finds the same things on every machine; the campaign draws new seeds
const seed = 20261202;

describe('fuzzing the readers, the form reader and the template engine', () => {
  it('mutated YAML submissions: never a throw, located errors, input unchanged', async () => {
    await fc.assert(fc.asyncProperty(yamlInput, yamlProperty), { numRuns: 150, seed });
  });

  it('mutated Excel forms (their XML and their zip bytes): never a throw, located errors, input unchanged', async () => {
    await fc.assert(fc.asyncProperty(xlsxInput, xlsxProperty), { numRuns: 40, seed });
  });

  it('mutated wording templates: parsed, or every problem at a line and column of the file', () => {
    fc.assert(fc.property(templateInput, templateProperty), { numRuns: 200, seed });
  });

  it('the built binary on mutated files: exit 0, 1 or 2, JSON that parses, inputs unchanged', () => {
    fc.assert(fc.property(cliInput, cliProperty), { numRuns: 4, seed });
  });
});
