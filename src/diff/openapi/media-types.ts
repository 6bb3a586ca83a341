import { mediaTypeEssence } from './nodes.js';
import type { MediaTypeView } from './view.js';

export interface MediaTypeMatch {
  pairs: Array<[MediaTypeView, MediaTypeView]>;
  removed: MediaTypeView[];
  added: MediaTypeView[];
}

/**
 * Pairs the media types of two `content` maps: by exact name first, then by the name without
 * parameters, so `application/json` and `application/json; charset=utf-8` are the same body.
 */
export function matchMediaTypes(base: Map<string, MediaTypeView>, revision: Map<string, MediaTypeView>): MediaTypeMatch {
  const pairs: Array<[MediaTypeView, MediaTypeView]> = [];
  const unmatched = new Map(revision);
  const leftover: MediaTypeView[] = [];
  for (const [key, view] of base) {
    const same = unmatched.get(key);
    if (same === undefined) {
      leftover.push(view);
      continue;
    }
    pairs.push([view, same]);
    unmatched.delete(key);
  }
  const removed: MediaTypeView[] = [];
  for (const view of leftover) {
    const essence = mediaTypeEssence(view.name);
    const entry = [...unmatched].find(([key]) => mediaTypeEssence(key) === essence);
    if (entry === undefined) {
      removed.push(view);
      continue;
    }
    pairs.push([view, entry[1]]);
    unmatched.delete(entry[0]);
  }
  return { pairs, removed, added: [...unmatched.values()] };
}
