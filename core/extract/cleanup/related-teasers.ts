import type { CleanupRule } from './rule';
import { all, classAndId, linkDensityAtLeast, remove, textOf, wordsOf } from './dom';
import { textPattern } from '../../latin-text';
import { gated, holdsWord, opensWithWord, startsWithAny } from '../gates';

const RELATED_CLASS =
  /related|recommend|trending|popular|more-stories|more-from|read-more|readmore|also-read|read-next|outbrain|taboola|jp-relatedposts|yarpp|further-reading|next-article|teaser|(?:^|[\s_-])rail(?:__|[\s_-]|$)/;
/** Labels that head a block of links to other articles. */
export const RELATED_LABEL = gated(
  /^(related( (stories|articles|posts|coverage|content|links|reading|news)?)?|related (coverage|stories|content) (from|on|in) .{1,60}|read more|more (from|on|in|stories|news)\b.*|more( [a-z]+){1,2} (news|stories|articles|coverage)|more great .* stories|you (may|might) (also )?like|recommended( for you)?|trending( now)?|most (popular|read|viewed)|popular( this week)?|recent (articles|posts)|latest( news| stories)?|also (on|in|read)\b.*|see also|read next|what to read next|leggi anche|lire aussi|à lire aussi|a lire aussi|sur le même sujet|leia também|leia mais|veja também|lee también|te puede interesar|noticias relacionadas|artículos relacionados|breaking news|don['’]?t miss|do not miss|ne manquez pas|à ne pas manquer|no te (?:lo )?pierdas|nicht verpassen|more(?=\s*:))\s*(?::|\.{3}|…)?$/i,
  opensWithWord(
    (
      'related read more you recommended trending most popular recent latest also see what leggi lire a sur leia veja lee te ' +
      'noticias art breaking don dont do ne no nicht'
    )
      .split(' '),
    startsWithAny(['à ']),
  ),
);
/** A single teaser paragraph: "Related: …", "READ MORE: …", "On Example.com: …". */
export const TEASER_PREFIX = gated(
  /^(related( (post|posts|story|stories|article|articles|reading|content|link|links))?|read more|read also|more|see also|see more|also on [^:]{1,40}|on [\w.-]+\.(com|org|net|co\.uk)|leggi anche|lire aussi|à lire aussi|leia também|leia mais|lee también|recommended|watch|video|click here|filed under|tags|tagged|mots[- ]clés|etiquetas|temas)\s*:/i,
  // Every alternative ends with the colon.
  (text) => text.includes(':'),
);

/** A promotion written as a link: "GET FOX BUSINESS ON THE GO BY CLICKING HERE". */
export const CLICK_HERE = gated(/\bclick(?:ing)? here\b/i, holdsWord(['click']));
const LETTER = textPattern((c) => `[${c.letter}]`);

/** "CLICK FOR FULL STATE SWIM RESULTS": a call to open more of this story, which belongs to it. */
const CALL_TO_CLICK = /^click\b/i;

/**
 * A paragraph that is one link and all capitals ("CO-FOUNDER 'PROUD' OF HOME
 * DEPOT EMPLOYEES …"): the house style of in-article teasers on tabloid and
 * cable-news sites. Prose is not written in capitals from end to end.
 */
function isShoutedLink(el: Element, text: string, words: number): boolean {
  return (
    words >= 4 &&
    words <= 25 &&
    // The case tests first: prose fails them, and LETTER then never compiles.
    text === text.toUpperCase() &&
    text !== text.toLowerCase() &&
    LETTER(text).test(text) &&
    !CALL_TO_CLICK.test(text) &&
    linkDensityAtLeast(el, 0.9)
  );
}

function isLinkBlock(el: Element): boolean {
  return el.querySelector('a') !== null && linkDensityAtLeast(el, 0.5);
}

/**
 * Teasers for other articles ("Related", "You may also like", "READ MORE:
 * …", "DON'T MISS"). Matched by class, by a short label followed by a list of
 * links, as a one-line teaser paragraph that is mostly a link, or as a
 * paragraph-long link that shouts or asks for a click.
 */
export const relatedTeasers: CleanupRule = {
  id: 'related-teasers',
  stage: 'after',
  apply(root) {
    for (const el of all(root, 'div, section, aside, ul, ol, p, li, h2, h3, h4, h5, h6, strong, span, a, figure')) {
      if (!el.parentNode) continue;
      const words = wordsOf(el);
      if (words === 0) continue;
      if (RELATED_CLASS.test(classAndId(el)) && (words <= 80 || linkDensityAtLeast(el, 0.5)) && el.tagName !== 'P') {
        remove(el);
        continue;
      }
      // Every test below is for a short block; a long one's text is never folded.
      if (words > 40) continue;
      const text = textOf(el);
      if (words <= 8 && RELATED_LABEL.test(text)) {
        // The label and the link list right after it.
        let next = el.nextElementSibling;
        while (next && isLinkBlock(next) && !/^H\d$/.test(next.tagName)) {
          const after = next.nextElementSibling;
          remove(next);
          next = after;
        }
        remove(el);
        continue;
      }
      if (words <= 40 && TEASER_PREFIX.test(text) && linkDensityAtLeast(el, 0.3)) {
        remove(el);
        continue;
      }
      if (el.tagName === 'P' && ((words <= 15 && CLICK_HERE.test(text) && linkDensityAtLeast(el, 0.5)) || isShoutedLink(el, text, words))) remove(el);
    }
  },
};
