import type { CleanupRule } from './rule';
import { all, classAndId, pageTextOf, remove, textOf, withClassOrId, wordsOf } from './dom';

const BIO_CLASS = /(bloc|box|block|about|info|card)[-_]?(auteur|author|autor|autore)|(auteur|author|autor)[-_]?(bio|box|bloc)|author-bio|about-author|about-the-author|author-box|authorbox|author-info|author-card|author-profile|author-details|author-description|bio-box|biography|contributor-bio|(^|[\s_-])(bio|abh)([\s_-]|$)/;
/** BIO_CLASS needs one of these in the class or id. */
const CLASS_FRAGMENTS = ['author', 'autor', 'auteur', 'bio', 'abh'];
const CLASS_TAGS = new Set(['DIV', 'SECTION', 'ASIDE', 'FOOTER']);
const MENTIONS_AUTHOR = /auth?or|auteur/i;
const BIO_HEADING = /^(about the authors?|à propos de l['’]auteur|l['’]auteur|sobre (o|el) autor|sobre a autora|über den autor|l['’]autore)\s*:?$/i;
/**
 * A phrase every BIO_HEADING match holds, with any run of white space
 * between words as the page's raw text has it: a page without one has no
 * bio heading, and its paragraphs need not be read one by one.
 */
const BIO_HEADING_ANYWHERE = /about\s+the\s+author|l['’]auteur|sobre\s+(o|el)\s+autor|sobre\s+a\s+autora|über\s+den\s+autor|l['’]autore/i;

/**
 * Author bio boxes ("About the author", photo, two lines of biography,
 * social links). They describe the writer, not the story, and Readability
 * keeps them when they sit inside the article column.
 */
export const authorBio: CleanupRule = {
  id: 'author-bio',
  // Before the parse: Readability drops a short "About the author" heading
  // but appends the bio paragraph under it as a sibling of the article.
  stage: 'before',
  apply(root) {
    // This runs on the whole page: test the cheap class name first, read text only then.
    for (const el of withClassOrId(root, CLASS_TAGS, CLASS_FRAGMENTS)) {
      if (el.parentNode && BIO_CLASS.test(classAndId(el)) && wordsOf(el) <= 150) remove(el);
    }
    if (!BIO_HEADING_ANYWHERE.test(pageTextOf(root))) return;
    for (const el of all(root, 'h2, h3, h4, h5, h6, strong, p')) {
      // Every heading above names the author: one native text read rules out
      // nearly every paragraph of the page before the cached walk.
      if (!el.parentNode || !MENTIONS_AUTHOR.test(el.textContent ?? '')) continue;
      const text = textOf(el);
      if (text.length <= 60 && BIO_HEADING.test(text)) {
        // The heading, then the bio until the next heading.
        let next = el.nextElementSibling;
        while (next && !/^H\d$/.test(next.tagName) && wordsOf(next) <= 120) {
          const after = next.nextElementSibling;
          remove(next);
          next = after;
        }
        remove(el);
      }
    }
  },
};
