import type { CleanupRule } from './rule';
import { all, classAndId, remove, textMayFit, textOf, wordsIn, wordsOf } from './dom';
import { textPattern } from '../../latin-text';

const SHARE_CLASS = /(^|[\s_-])(share|shares|sharing|sharebar|social|socials|addthis|sharethis|social-links)([\s_-]|$)/;
/** Words that make up a share bar in the languages we read. */
const SHARE_WORDS = new Set(
  'share shares sharing tweet twitter facebook whatsapp pinterest pin pint linkedin reddit email e mail print copy link telegram messenger flipboard tumblr sms baixar compartilhar compartir partager partagez imprimer teilen condividi comments comment x'.split(
    ' ',
  ),
);

const NETWORK = '(?:twitter|x|instagram|facebook|threads|bluesky|mastodon|linkedin|tiktok|youtube)';
/** Capitalised, as a name is: "follow the debate on Twitter" is prose, "Follow Newsbeat on Instagram" a prompt. */
const FOLLOW_NAMED = textPattern(
  (c) =>
    `\\b[Ff]ollow (?:us|him|her|them|me|(?:[${c.upper}][${c.letter}-]+ ){0,2}[${c.upper}][${c.letter}-]+) on (?:[Tt]witter|X|[Ii]nstagram|[Ff]acebook|[Tt]hreads|[Bb]luesky|[Mm]astodon|[Ll]inked[Ii]n|[Tt]ik[Tt]ok|[Yy]ou[Tt]ube)\\b`,
);
/**
 * The writer's or the site's contact lines after a story: "Amy Kuperinsky
 * may be reached at …", "Reach the reporters on Twitter at …", "Email Tariq
 * Malik at …", "Like this story? Share it with a friend!".
 */
const CONTACT = textPattern(
  (c) =>
    `\\b(?:may|can) be reached at\\b|^reach (?:the )?(?:reporters?|writers?|authors?) (?:on|at|by)\\b|^(?:email|e-mail|contact) [${c.letter} .'-]{2,40} at \\S+@|^like this (?:story|article)\\?`,
  'i',
);
/**
 * Words that every FOLLOW_NAMED or CONTACT line holds, asked first: those two
 * patterns take about half a millisecond each to compile on Latin text and
 * several on other scripts (Unicode classes), and hardly a paragraph has
 * these words. Built like CONTACT, with the same flags, so for any text it
 * matches wherever CONTACT does.
 */
const CONTACT_WORDS = textPattern(() => 'reach|mail|contact|like this', 'i');

/** A line that is only an e-mail address or a profile address ("twitter.com/paultakahashi"). */
const CONTACT_ONLY = new RegExp(`^(?:[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+|(?:https?://)?(?:www\\.)?${NETWORK}\\.com/@?\\w+/?)$`, 'i');

/** An embedded post ("social-media-embed", a quoted tweet) is the story's, not a share bar. */
function isEmbed(el: Element): boolean {
  return el.querySelector('blockquote') !== null || /embed/.test(classAndId(el));
}

/**
 * Share bars ("Facebook Twitter WhatsApp Pin"): buttons that read as words
 * once the icons are gone. Matched by their class, or by text made only of
 * network names and share verbs. Also the contact and follow lines that
 * close a story (FOLLOW_NAMED, CONTACT, CONTACT_ONLY), a paragraph at most.
 */
export const shareBars: CleanupRule = {
  id: 'share-bars',
  stage: 'after',
  apply(root) {
    for (const el of all(root, 'div, ul, ol, p, section, aside, span, li, a')) {
      if (!el.parentNode || !textMayFit(el, 400)) continue;
      const text = textOf(el);
      if (text.length > 400 || text === '') continue;
      // A share bar is a handful of words; longer text is not worth splitting.
      if (text.length <= 200) {
        const words = wordsIn(text.toLowerCase());
        const onlyShareWords = words.length >= 2 && words.every((w) => SHARE_WORDS.has(w) || /^\d+$/.test(w));
        // isEmbed last: a DOM query per element costs more than the tests before it.
        if (onlyShareWords || (SHARE_CLASS.test(classAndId(el)) && wordsOf(el) <= 15 && !isEmbed(el))) {
          remove(el);
          continue;
        }
      }
      // One paragraph of contact or follow lines, not a block that holds story text too.
      if ((el.tagName === 'P' || el.tagName === 'DIV') && wordsOf(el) <= 45) {
        const contact =
          (text.includes('ollow ') && FOLLOW_NAMED(text).test(text)) ||
          (CONTACT_WORDS(text).test(text) && CONTACT(text).test(text)) ||
          CONTACT_ONLY.test(text);
        if (contact && el.querySelector('p, div') === null) remove(el);
      }
    }
  },
};
