import { describe, expect, it } from 'vitest';
import { DIFF_FORMATS, FAIL_ON_CHOICES, SIMULATE_FORMAT_CHOICES } from '../../src/cli/choices.js';
import { FAIL_ON_VALUES } from '../../src/cli/commands/diff.js';
import { SIMULATE_FORMATS } from '../../src/cli/commands/simulate.js';
import { DIFF_REPORTERS } from '../../src/reporters/diff/index.js';

describe('help choices', () => {
  it('lists the diff formats the reporters offer', () => {
    expect([...DIFF_FORMATS].sort()).toEqual(Object.keys(DIFF_REPORTERS).sort());
  });

  it('lists the --fail-on values diff accepts', () => {
    expect([...FAIL_ON_CHOICES]).toEqual([...FAIL_ON_VALUES]);
  });

  it('lists the simulate formats', () => {
    expect([...SIMULATE_FORMAT_CHOICES]).toEqual([...SIMULATE_FORMATS]);
  });
});
