import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/simulate/scenario/load.js';
import { loadWorkspace } from '../../src/workspace/load.js';
import { REPOSITORY, scratchFolder } from './helpers.js';

describe('docs/simulate.md', () => {
  it('shows a scenario that is valid for the reference estate', async () => {
    const markdown = readFileSync(path.join(REPOSITORY, 'docs/simulate.md'), 'utf8');
    const example = /```yaml\n([\s\S]*?)```/.exec(markdown)![1];
    const file = path.join(scratchFolder(), 'scenario.yaml');
    writeFileSync(file, example);
    const { estate } = await loadWorkspace(REPOSITORY);
    const scenario = loadScenario(file, path.dirname(file), estate);
    expect(scenario.traffic).toHaveLength(2);
    expect(scenario.faults!.map((fault) => fault.kind)).toEqual(['outage', 'error-burst', 'latency-spike', 'duplicate-delivery', 'reordering', 'lost-ack']);
  });
});
