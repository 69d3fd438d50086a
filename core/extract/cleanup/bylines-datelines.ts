import type { CleanupRule } from './rule';
import { all, classAndId, remove, textOf, wordsOf } from './dom';
import { isDateLine } from './date-line';
import { textPattern } from '../../latin-text';
import { gated, opensWithWord, startsWithAny } from '../gates';

const BYLINE_CLASS = /byline|submitted|dateline|timestamp|pubdate|publish|updated|post-date|entry-date|article-date|posted-on|post-meta|entry-meta|article-meta|author-name|(^|[\s_-])(date|time|author|meta)([\s_-]|$)/;
/** An event's date and place (agenda pages, listings) are what the reader came for. */
const EVENT_CLASS = /event|agenda|schedule|showtime|horaire|fixture/;
const BYLINE_WORDS = '(by|por|par|di|von|door|от|oleh)';
const BYLINE_TEXT = textPattern((c) => `^${BYLINE_WORDS}\\s+[${c.upper}]`);
/** What every BYLINE_TEXT match opens with; asked first, as that pattern's Unicode build is costly to compile. */
const BYLINE_WORD = new RegExp(`^${BYLINE_WORDS}\\s`);
/** "Written by … · Published on …": a stamp line that carries the author as well as the date. */
export const STAMP_PREFIX = gated(
  /^(written by|écrit par|escrito por|scritto da|geschrieben von|published (on|by)|posted (on|by)|publié le|publicado (el|em)|pubblicato il|(first |last )?(published|updated|posted):)\s/i,
  opensWithWord(
    'written escrito scritto geschrieben published posted publi publicado pubblicato first last updated'.split(' '),
    startsWithAny(['écrit']),
  ),
);

/**
 * Bylines and date lines ("By Jane Doe", "Updated Nov 19, 9:41 AM"). The
 * extractor already keeps author and dates as metadata, so in the body they
 * are repeats that break the first paragraph away from the title.
 */
export const bylinesDatelines: CleanupRule = {
  id: 'bylines-datelines',
  stage: 'after',
  apply(root) {
    for (const el of all(root, 'div, p, span, time, address, small, li, header, section, a, strong, em')) {
      // The cheap test first: most blocks are longer than any byline.
      const words = wordsOf(el);
      if (words > 25) continue;
      const text = textOf(el);
      if (text === '') continue;
      const isByline =
        (BYLINE_CLASS.test(classAndId(el)) && el.querySelector('p') === null) ||
        (words <= 10 && BYLINE_WORD.test(text) && BYLINE_TEXT(text).test(text) && el.tagName !== 'P') ||
        (words <= 20 && STAMP_PREFIX.test(text)) ||
        isDateLine(text);
      if (!isByline) continue;
      // Inside a quote the date belongs to what is quoted (an embedded post's signature).
      if (el.closest('blockquote') !== null) continue;
      const parent = el.parentElement;
      if (EVENT_CLASS.test(classAndId(el)) || (parent !== null && EVENT_CLASS.test(classAndId(parent)))) continue;
      remove(el);
    }
  },
};
