import { describe, expect, it } from 'vitest';
import { changeKind } from '../../../src/diff/catalogue/index.js';
import { SCHEMA_CHANGES } from '../../../src/diff/catalogue/schema.js';
import { compatibilityImpact } from '../../../src/diff/schema/compatibility.js';

const PLACEHOLDERS = new Set(['subject', 'path', 'base', 'revision', 'value', 'values', 'branch']);

describe('schema change catalogue', () => {
  it('lists each context with its own set of kinds', () => {
    const count = (prefix: string) => SCHEMA_CHANGES.filter(({ id }) => id.startsWith(prefix)).length;
    expect(count('request-body-')).toBe(62);
    expect(count('response-body-')).toBe(61);
    expect(count('request-parameter-')).toBe(31);
    expect(count('response-header-')).toBe(14);
    expect(count('message-header-')).toBe(14);
    expect(count('message-') - count('message-header-')).toBe(62);
    expect(count('model-')).toBe(63);
    expect(SCHEMA_CHANGES).toHaveLength(307);
  });

  it('levels follow who writes the data', () => {
    expect(changeKind('request-body-property-became-required').level).toBe('breaking');
    expect(changeKind('response-body-property-became-required').level).toBe('info');
    expect(changeKind('response-body-enum-value-added').level).toBe('warning');
    expect(changeKind('request-body-enum-value-added').level).toBe('info');
    expect(changeKind('request-body-max-length-decreased').level).toBe('breaking');
    expect(changeKind('response-body-max-length-decreased').level).toBe('info');
    expect(changeKind('request-parameter-enum-value-removed').level).toBe('breaking');
    expect(changeKind('response-header-type-widened').level).toBe('breaking');
    expect(changeKind('request-body-required-property-removed').level).toBe('warning');
    expect(changeKind('request-body-property-removed-from-closed-schema').level).toBe('breaking');
  });

  it('reports closed-schema changes only where someone validates against them', () => {
    const ids = new Set(SCHEMA_CHANGES.map(({ id }) => id));
    expect(ids.has('request-body-property-removed-from-closed-schema')).toBe(true);
    expect(ids.has('response-body-property-removed-from-closed-schema')).toBe(false);
    expect(ids.has('request-parameter-property-removed-from-closed-schema')).toBe(false);
    for (const prefix of ['request-body', 'response-body', 'message', 'message-header']) {
      expect(ids.has(`${prefix}-property-added-to-closed-schema`), prefix).toBe(false);
    }
    expect(ids.has('model-property-added-to-closed-schema')).toBe(true);
  });

  it('directs request and response ids', () => {
    for (const { id, direction } of SCHEMA_CHANGES) {
      if (id.startsWith('request-')) expect(direction, id).toBe('request');
      if (id.startsWith('response-')) expect(direction, id).toBe('response');
    }
  });

  it('blames producers for tightened messages and consumers for the rest', () => {
    const expectations: Array<[string, string, string]> = [
      ['message-required-property-added', 'breaking', 'producer'],
      ['message-property-became-required', 'breaking', 'producer'],
      ['message-enum-value-removed', 'breaking', 'producer'],
      ['message-required-property-removed', 'breaking', 'consumer'],
      ['message-optional-property-removed', 'breaking', 'consumer'],
      ['message-enum-value-added', 'warning', 'consumer'],
      ['message-type-changed', 'breaking', 'consumer'],
      ['message-property-added', 'info', 'consumer'],
      ['message-header-required-property-added', 'breaking', 'producer'],
      ['message-header-required-property-removed', 'breaking', 'consumer'],
      ['message-property-removed-from-closed-schema', 'breaking', 'producer'],
      ['message-header-property-removed-from-closed-schema', 'breaking', 'producer'],
    ];
    for (const [id, level, direction] of expectations) {
      expect(changeKind(id).level, id).toBe(level);
      expect(changeKind(id).direction, id).toBe(direction);
    }
  });

  it('tells which compatibility a model change breaks', () => {
    expect(compatibilityImpact('model-required-property-added')).toEqual({ backward: true, forward: false });
    expect(compatibilityImpact('model-property-became-optional')).toEqual({ backward: false, forward: true });
    expect(compatibilityImpact('model-enum-value-added')).toEqual({ backward: false, forward: true });
    expect(compatibilityImpact('model-type-changed')).toEqual({ backward: true, forward: true });
    expect(compatibilityImpact('model-property-added')).toEqual({ backward: false, forward: false });
    expect(compatibilityImpact('model-deprecated-added')).toEqual({ backward: false, forward: false });
    expect(compatibilityImpact('model-property-added-to-closed-schema')).toEqual({ backward: false, forward: true });
    expect(compatibilityImpact('model-property-removed-from-closed-schema')).toEqual({ backward: true, forward: false });
    expect(compatibilityImpact('model-required-property-removed')).toEqual({ backward: false, forward: true });
    expect(compatibilityImpact('model-optional-property-removed')).toEqual({ backward: false, forward: false });
    expect(() => compatibilityImpact('request-body-type-changed')).toThrow(/not a model schema change/);
  });

  it('makes a model change breaking exactly when it breaks a compatibility', () => {
    for (const { id, level } of SCHEMA_CHANGES.filter(({ id }) => id.startsWith('model-'))) {
      const { backward, forward } = compatibilityImpact(id);
      if (backward || forward) expect(level, id).toBe('breaking');
      else expect(level, id).not.toBe('breaking');
    }
  });

  it('writes a why line of its own for each id', () => {
    for (const { id, why } of SCHEMA_CHANGES) {
      expect(why, id).toMatch(/^[A-Z].*\.$/);
      expect(why, id).not.toMatch(/[{}]/);
      expect(why.toLowerCase(), id).not.toContain(id.replace(/-/g, ' '));
    }
    const why = (id: string) => changeKind(id).why;
    expect(why('request-body-required-property-added')).toContain('Clients');
    expect(why('message-required-property-added')).toContain('Producers');
    expect(why('message-optional-property-removed')).toContain('Consumers');
    const responseIds = new Set(SCHEMA_CHANGES.map(({ id }) => id).filter((id) => id.startsWith('response-body-')));
    for (const { id } of SCHEMA_CHANGES.filter(({ id }) => id.startsWith('request-body-'))) {
      const suffix = id.slice('request-body-'.length);
      if (responseIds.has(`response-body-${suffix}`)) expect(why(id), suffix).not.toBe(why(`response-body-${suffix}`));
    }
  });

  it('fills message templates only from known values', () => {
    for (const { id, message } of SCHEMA_CHANGES) {
      const names = [...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      expect(names.length, id).toBeGreaterThan(0);
      for (const name of names) expect(PLACEHOLDERS.has(name), `${id}: {${name}}`).toBe(true);
    }
  });
});
