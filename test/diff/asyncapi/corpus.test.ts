import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContract } from '../../../src/contracts/load.js';
import { NotAContractError } from '../../../src/contracts/format.js';
import { diffContracts } from '../../../src/diff/contracts.js';
import { CORPUS_DIR, readCorpusManifest } from '../../helpers/corpus.js';
import { diffContractFiles } from '../../helpers/diff.js';

const STREETLIGHTS = path.join(CORPUS_DIR, 'asyncapi-spec/v2/streetlights-kafka');
const ASYNCAPI_FILES = readCorpusManifest().filter((entry) => entry.kind.startsWith('asyncapi')).map((entry) => entry.file);

describe('AsyncAPI corpus', () => {
  it('finds the changes of the streetlights Kafka example from 2.1 to 2.6', async () => {
    const changes = await diffContractFiles(`${STREETLIGHTS}.v-old.yml`, `${STREETLIGHTS}.v-new.yml`);
    expect(changes.map((change) => [change.id, change.message])).toEqual([
      ['asyncapi-spec-version-changed', 'the AsyncAPI version changed from 2.1.0 to 2.6.0'],
      ['asyncapi-server-removed', "server 'test' was removed"],
      ['asyncapi-server-added', "server 'scram-connections' was added"],
      ['asyncapi-server-added', "server 'mtls-connections' was added"],
      ['operation-binding-changed', "the kafka binding 'clientId' of operation trait 'kafka' changed"],
    ]);
    expect(changes.filter((change) => change.level === 'breaking')).toEqual([]);
  });

  it('reports the shared trait binding once for every channel', async () => {
    const changes = await diffContractFiles(`${STREETLIGHTS}.v-old.yml`, `${STREETLIGHTS}.v-new.yml`);
    const binding = changes.find((change) => change.id === 'operation-binding-changed')!;
    expect(binding.usedBy).toEqual([
      'smartylighting.streetlights.1.0.event.{streetlightId}.lighting.measured',
      'smartylighting.streetlights.1.0.action.{streetlightId}.turn.on',
      'smartylighting.streetlights.1.0.action.{streetlightId}.turn.off',
      'smartylighting.streetlights.1.0.action.{streetlightId}.dim',
    ]);
    expect(binding.base).toMatchObject({ pointer: '/components/operationTraits/kafka/bindings/kafka/clientId', line: 163 });
    expect(binding.revision).toMatchObject({ pointer: '/components/operationTraits/kafka/bindings/kafka/clientId', line: 186 });
  });

  it.each(ASYNCAPI_FILES)('%s is empty compared with itself', async (file) => {
    const absolute = path.join(CORPUS_DIR, file);
    const root = path.dirname(path.dirname(absolute));
    let base;
    try {
      base = await loadContract(absolute, { root });
    } catch (error) {
      // Component fragments of a multi-file example are not documents of their own.
      if (error instanceof NotAContractError) return;
      throw error;
    }
    const revision = await loadContract(absolute, { root });
    expect(diffContracts(base, revision)).toEqual([]);
  });
});
