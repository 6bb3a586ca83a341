import type { ResolveFn } from '../../contracts/refs.js';
import type { Resolved } from '../../contracts/types.js';
import { InputError } from '../../errors.js';
import { fromPointer, toPointer } from '../../findings.js';
import type { SourceFile } from '../../workspace/source.js';

/**
 * Returns a resolver for the `$ref`s of a standalone JSON Schema file, such as a canonical model.
 * Only references into the same file are followed: a fragment (`#/$defs/Money`), or the file's own
 * `$id` followed by a fragment. Any other file or URL is rejected with an InputError, because a
 * canonical model must be complete in its one declared file.
 */
export function resolveWithinFile(file: SourceFile): ResolveFn {
  const rootId = typeof (file.data as { $id?: unknown } | null)?.$id === 'string' ? ((file.data as { $id: string }).$id).replace(/#$/, '') : undefined;
  return (ref, from, at) => {
    const where = () => ({ file: from.path, ...from.position(at ?? '') });
    const hash = ref.indexOf('#');
    const target = hash === -1 ? ref : ref.slice(0, hash);
    const fragment = hash === -1 ? '' : ref.slice(hash);
    if (from.absolutePath !== file.absolutePath || (target !== '' && target !== rootId)) {
      throw new InputError(`refusing $ref '${ref}': a canonical model schema may only reference its own definitions`, where(),
        "Copy the referenced schema under '$defs' in this file and point to it as '#/$defs/Name'");
    }
    if (fragment !== '' && fragment !== '#' && !fragment.startsWith('#/')) {
      throw new InputError(`$ref '${ref}' uses a plain-name fragment, which is not supported`, where(),
        "Write the fragment as a JSON pointer, for example '#/$defs/Money'");
    }

    const segments = fromPointer(fragment);
    let value: unknown = file.data;
    for (const segment of segments) {
      const container = value as Record<string, unknown> | null;
      if (typeof container !== 'object' || container === null || !Object.hasOwn(container, segment)) {
        throw new InputError(`broken $ref '${ref}': no such node`, where(), `Point the $ref to an existing node of ${file.path}`);
      }
      value = container[segment];
    }
    const resolved: Resolved = { value, file, pointer: toPointer(segments) };
    return resolved;
  };
}
