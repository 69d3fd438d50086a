import type { CleanupRule } from './rule';
import { attached, remove, textBlocks, textOf } from './dom';

/**
 * A block repeated word for word: galleries and responsive templates render
 * the same caption two or three times (one per layout), and it then appears
 * twice in the text. The first copy stays; nesting is not repetition.
 */
export const duplicateBlocks: CleanupRule = {
  id: 'duplicate-blocks',
  stage: 'after',
  apply(root) {
    const seen = new Map<string, Element>();
    for (const el of textBlocks(root)) {
      if (!attached(root, el)) continue;
      const text = textOf(el);
      if (text.length < 25) continue;
      const first = seen.get(text);
      if (first === undefined || !attached(root, first)) {
        seen.set(text, el);
        continue;
      }
      if (first.contains(el) || el.contains(first)) continue;
      remove(el);
    }
  },
};
