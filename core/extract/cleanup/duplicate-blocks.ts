import type { CleanupRule } from './rule';
import { attached, classAndId, remove, textBlocks, textOf } from './dom';

/** How many text blocks apart two copies may be and still count as one repeated by the template. */
const NEARBY = 4;

/** In a figure, or in a block its template calls a caption (`<div class="caption-full"><p>…`). */
function isCaption(el: Element): boolean {
  return el.closest('figure, figcaption, [class*="caption" i]') !== null || /caption/.test(classAndId(el));
}

/**
 * A caption repeated word for word: galleries and responsive templates render
 * the same caption two or three times (one per layout), and it then appears
 * twice in the text. Only captions, or copies a few blocks apart, count:
 * recipes and plans legitimately repeat lines far apart, and list items
 * repeat by nature. The first copy stays; nesting is not repetition.
 */
export const duplicateBlocks: CleanupRule = {
  id: 'duplicate-blocks',
  stage: 'after',
  apply(root) {
    const seen = new Map<string, { el: Element; index: number }>();
    textBlocks(root).forEach((el, index) => {
      // List items and table cells repeat by nature; a caption repeats only by template, in a gallery's list too.
      if ((el.tagName === 'LI' || el.closest('li, td, th') !== null) && !isCaption(el)) return;
      if (!attached(root, el)) return;
      const text = textOf(el);
      if (text.length < 25) return;
      const first = seen.get(text);
      if (first === undefined || !attached(root, first.el)) {
        seen.set(text, { el, index });
        return;
      }
      if (first.el.contains(el) || el.contains(first.el)) return;
      if (isCaption(el) || isCaption(first.el) || index - first.index <= NEARBY) remove(el);
      else seen.set(text, { el, index });
    });
  },
};
