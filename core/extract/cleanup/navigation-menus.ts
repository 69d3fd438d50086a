import type { CleanupRule } from './rule';
import { all, linkDensityAtLeast, remove, wordsOf } from './dom';

/**
 * Site menus marked up as navigation. Readability drops most of them, but a
 * header menu nested in the article wrapper survives as a wall of section
 * names ("Home News Sports Business …"). Landmarks say what they are, so we
 * trust them, unless the "menu" is mostly unlinked prose (a misused role).
 */
export const navigationMenus: CleanupRule = {
  id: 'navigation-menus',
  stage: 'before',
  apply(root) {
    for (const el of all(root, 'nav, [role="navigation"], [role="menu"], [role="menubar"]')) {
      if (wordsOf(el) > 150 && !linkDensityAtLeast(el, 0.5)) continue;
      remove(el);
    }
  },
};
