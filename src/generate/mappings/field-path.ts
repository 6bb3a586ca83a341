/**
 * Field paths of mappings: dotted property names, where `[]` after a name steps into every element
 * of an array (`orderItems[].itemPrice.amount`).
 */
export type PathStep = { kind: 'property'; name: string } | { kind: 'each' };

/** Parses a field path; returns a message for one that is not valid. */
export function parseFieldPath(path: string): PathStep[] | { error: string } {
  if (path.trim() === '') return { error: 'the path is empty' };
  const steps: PathStep[] = [];
  for (const part of path.split('.')) {
    const match = /^([^[\]]*)((?:\[\])*)$/.exec(part);
    if (match === null) {
      return { error: `'${part}' is not a property name optionally followed by []; an index such as [0] cannot be mapped` };
    }
    const name = match[1] ?? '';
    if (name === '') return { error: part === '' ? 'the path has an empty segment' : `'${part}' has [] without a property name before it` };
    steps.push({ kind: 'property', name });
    for (let level = 0; level < (match[2] ?? '').length / 2; level++) steps.push({ kind: 'each' });
  }
  return steps;
}

/** Number of `[]` steps in a path. */
export function arrayDepth(steps: readonly PathStep[]): number {
  return steps.filter((step) => step.kind === 'each').length;
}

/** Returns the steps up to and including the `depth`-th `[]` step. */
export function prefixToArray(steps: readonly PathStep[], depth: number): PathStep[] {
  let seen = 0;
  for (let index = 0; index < steps.length; index++) {
    if (steps[index]!.kind === 'each') {
      seen += 1;
      if (seen === depth) return steps.slice(0, index + 1);
    }
  }
  return [...steps];
}

/** Formats steps back into the written form, such as `orderItems[].sellerSku`. */
export function formatFieldPath(steps: readonly PathStep[]): string {
  let text = '';
  for (const step of steps) {
    if (step.kind === 'each') text += '[]';
    else text += text === '' ? step.name : `.${step.name}`;
  }
  return text;
}
