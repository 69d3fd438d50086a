import type { CleanupRule } from './rule';
import { all, classAndId, remove, textOf, wordsIn, wordsOf } from './dom';

const SHARE_CLASS = /(^|[\s_-])(share|shares|sharing|sharebar|social|socials|addthis|sharethis|social-links)([\s_-]|$)/;
/** Words that make up a share bar in the languages we read. */
const SHARE_WORDS = new Set(
  'share shares sharing tweet twitter facebook whatsapp pinterest pin pint linkedin reddit email e mail print copy link telegram messenger flipboard tumblr sms baixar compartilhar compartir partager partagez imprimer teilen condividi comments comment x'.split(
    ' ',
  ),
);

/**
 * Share bars ("Facebook Twitter WhatsApp Pin"): buttons that read as words
 * once the icons are gone. Matched by their class, or by text made only of
 * network names and share verbs.
 */
export const shareBars: CleanupRule = {
  id: 'share-bars',
  stage: 'after',
  apply(root) {
    for (const el of all(root, 'div, ul, ol, p, section, aside, span, li, a')) {
      const text = textOf(el);
      // A share bar is a handful of words; longer text is not worth splitting.
      if (text.length > 200) continue;
      const words = wordsIn(text.toLowerCase());
      if (words.length === 0) continue;
      const onlyShareWords = words.length >= 2 && words.every((w) => SHARE_WORDS.has(w) || /^\d+$/.test(w));
      if (onlyShareWords || (SHARE_CLASS.test(classAndId(el)) && wordsOf(el) <= 15)) remove(el);
    }
  },
};
