import type { CleanupRule } from './rule';
import { all, classAndId, remove, textOf, wordsOf } from './dom';
import { gated, holdsWord } from '../gates';

const CREDIT_CLASS = /credit|copyright|photographer|image-source|photo-source/;
export const CREDIT_TEXT = gated(
  /^\(?\s*(©|\(c\)|photo(graph)?s?\s*(credit)?\s*[:|]|image\s*(credit|source)?\s*[:|]|picture\s*[:|]|credit(s)?\s*(\.\.\.|[:|])|foto\s*[:|]|crédits?\s*[:|]|source\s*[:|])/i,
  holdsWord(['©', '(c)', 'photo', 'image', 'picture', 'credit', 'foto', 'crédit', 'source']),
);

/**
 * Image credits ("Photo: AP", "(Image credit: NASA)", "© Reuters"). They
 * repeat what the figure's caption already says, or name an agency, and read
 * as stray lines in the text. Captions themselves are kept.
 */
export const imageCredits: CleanupRule = {
  id: 'image-credits',
  stage: 'after',
  apply(root) {
    for (const el of all(root, 'span, small, p, div, figcaption, cite, em, i')) {
      if (wordsOf(el) > 20) continue;
      const text = textOf(el);
      if (text === '') continue;
      if (CREDIT_CLASS.test(classAndId(el)) || CREDIT_TEXT.test(text)) remove(el);
    }
  },
};
