import type { CleanupRule } from './rule';
import { all, remove, wordsOf } from './dom';

/** The class names templates give text kept for screen readers and hidden from sight. */
const HIDDEN_CLASSES = ['sr-only', 'visually-hidden', 'visuallyhidden', 'screen-reader-text', 'screenreader-only', 'off-screen', 'offscreen', 'a11y-hidden', 'u-hidden-visually'];
const SELECTOR = HIDDEN_CLASSES.map((c) => `.${c}`).join(', ');

/**
 * Labels the page hides from sight and keeps for screen readers ("Image
 * caption", "Media playback is unsupported on your device", "Opens in a new
 * window"). A sighted reader never sees them on the page, and in the clip
 * they run into the text beside them ("Image caption Scooter Braun has …").
 * Short ones only: a template that hides a whole block this way is not
 * labelling anything.
 */
export const screenReaderText: CleanupRule = {
  id: 'screen-reader-text',
  stage: 'before',
  apply(root) {
    for (const el of all(root, SELECTOR)) {
      if (el.parentNode && wordsOf(el) <= 12) remove(el);
    }
  },
};
