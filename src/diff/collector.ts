import type { SourceFile } from '../workspace/source.js';
import { changeKind } from './catalogue/index.js';
import type { Change, DiffLocation } from './types.js';

/** A node on one side of the comparison: the file it lives in and its JSON pointer there. */
export interface Side {
  file: SourceFile;
  pointer: string;
}

/** Sites of a change: on both sides, or only on the side where the element exists. */
export interface ChangeSites {
  base?: Side;
  revision?: Side;
}

/** Values for the placeholders of a catalogue message. */
export type MessageValues = Record<string, string | number | boolean>;

/** Context shared by every change of one comparison: the contract and the system that owns it. */
export interface CollectorScope {
  contract?: string;
  system?: string;
}

/**
 * Gathers the changes of one comparison. Engines name a catalogue id, the sites and the message
 * values. The collector renders the message, places both sides and merges repeats of the same
 * change, so a shared schema reached from several operations is one change with several users.
 */
export class ChangeCollector {
  private readonly byKey = new Map<string, { change: Change; sites: ChangeSites }>();

  constructor(private readonly scope: CollectorScope = {}) {}

  add(id: string, sites: ChangeSites, values: MessageValues = {}, usedBy?: string): void {
    const kind = changeKind(id);
    const message = render(kind.message, values);
    const key = [id, sites.base?.file.path, sites.base?.pointer, sites.revision?.file.path, sites.revision?.pointer, message].join('\u0000');
    const existing = this.byKey.get(key);
    if (existing !== undefined) {
      if (usedBy !== undefined && !(existing.change.usedBy ?? []).includes(usedBy)) existing.change.usedBy = [...(existing.change.usedBy ?? []), usedBy];
      return;
    }
    const change: Change = {
      id,
      level: kind.level,
      direction: kind.direction,
      area: kind.area,
      kind: kind.kind,
      message,
      why: kind.why,
      ...(this.scope.contract === undefined ? {} : { contract: this.scope.contract }),
      ...(this.scope.system === undefined ? {} : { system: this.scope.system }),
      ...(usedBy === undefined ? {} : { usedBy: [usedBy] }),
    };
    this.byKey.set(key, { change, sites });
  }

  /**
   * Returns the changes found so far, in the order they were first reported, with line and column
   * on both sides. Positions are looked up once per file for all changes together, which reads a
   * JSON file once instead of once per change.
   */
  changes(): Change[] {
    const pointersByFile = new Map<SourceFile, Set<string>>();
    for (const { sites } of this.byKey.values()) {
      for (const side of [sites.base, sites.revision]) {
        if (side === undefined) continue;
        const pointers = pointersByFile.get(side.file) ?? new Set<string>();
        pointers.add(side.pointer);
        pointersByFile.set(side.file, pointers);
      }
    }
    const locations = new Map<SourceFile, Map<string, DiffLocation>>();
    for (const [file, pointerSet] of pointersByFile) {
      const pointers = [...pointerSet];
      const positions = file.positions(pointers);
      locations.set(file, new Map(pointers.map((pointer, index) => [pointer, { file: file.path, pointer, ...positions[index] }])));
    }
    const locate = (side: Side | undefined) => (side === undefined ? undefined : locations.get(side.file)?.get(side.pointer));
    return [...this.byKey.values()].map(({ change, sites }) => {
      const { contract, system, usedBy, ...head } = change;
      const base = locate(sites.base);
      const revision = locate(sites.revision);
      return {
        ...head,
        ...(base === undefined ? {} : { base }),
        ...(revision === undefined ? {} : { revision }),
        ...(contract === undefined ? {} : { contract }),
        ...(system === undefined ? {} : { system }),
        ...(usedBy === undefined ? {} : { usedBy: [...usedBy] }),
      };
    });
  }
}

/** Fills `{name}` placeholders; a placeholder without a value is a bug in the engine that reported it. */
export function render(template: string, values: MessageValues): string {
  return template.replace(/\{(\w+)\}/g, (_match, name: string) => {
    if (!Object.hasOwn(values, name)) throw new Error(`no value for '{${name}}' in '${template}'`);
    return String(values[name]);
  });
}
