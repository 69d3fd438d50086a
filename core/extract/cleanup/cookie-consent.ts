import type { CleanupRule } from './rule';
import { classAndId, pageTextOf, remove, withClassOrId, wordsOf } from './dom';

const CONSENT_CLASS = /(^|[\s_-])(cookie|cookies|consent|gdpr|cmp)([\s_-]|$)/;
/** CONSENT_CLASS needs one of these in the class or id. */
const CLASS_FRAGMENTS = ['cookie', 'consent', 'gdpr', 'cmp'];
const CLASS_TAGS = new Set(['DIV', 'SECTION', 'ASIDE', 'FORM', 'FOOTER']);
/** How consent notices open, in our sources' languages; each one says "cookies" (see COOKIES). */
export const CONSENT_OPENINGS = [
  'this (web)?site uses cookies',
  'we use cookies',
  'nous utilisons des cookies',
  'ce site utilise des cookies',
  'utilizamos cookies',
  'usamos cookies',
  'este sitio (web )?utiliza cookies',
  'wir verwenden cookies',
];
const OPENINGS = CONSENT_OPENINGS.join('|');
const CONSENT_TEXT = new RegExp(`^\\s*(${OPENINGS})`, 'i');
/** The same words anywhere: one native read of the page's text rules out most pages before the walk. */
const CONSENT_ANYWHERE = new RegExp(OPENINGS, 'i');
/**
 * Every opening has this word: a single word is a far cheaper scan of a
 * whole page's text (inline scripts included) than the alternation.
 */
const COOKIES = /cookies/i;
const CONTAINERS = new Set(['DIV', 'SECTION', 'ASIDE', 'P', 'FORM', 'FOOTER', 'SPAN']);
const MAX_WORDS = 80;

/** Text nodes that open a consent notice; a plain walk, as this runs on the whole page. */
function consentOpenings(node: Node, out: Node[]): void {
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) {
      if (CONSENT_TEXT.test(c.nodeValue ?? '')) out.push(c);
    } else if (c.nodeType === 1) {
      consentOpenings(c, out);
    }
  }
}

/**
 * Cookie and consent layers. Saved pages often keep the banner in the DOM
 * (scripts would hide it later), and it lands at the end of the text.
 * Found by the templates' class names, or by the notice's opening words, in
 * which case the largest short container around them goes. The word caps
 * keep a privacy article that merely has a "cookies" id.
 */
export const cookieConsent: CleanupRule = {
  id: 'cookie-consent',
  stage: 'before',
  apply(root) {
    for (const el of withClassOrId(root, CLASS_TAGS, CLASS_FRAGMENTS)) {
      if (el.parentNode && CONSENT_CLASS.test(classAndId(el)) && wordsOf(el) <= 120) remove(el);
    }
    const openings: Node[] = [];
    const pageText = pageTextOf(root);
    if (COOKIES.test(pageText) && CONSENT_ANYWHERE.test(pageText)) consentOpenings(root, openings);
    for (const text of openings) {
      let target: Element | null = null;
      for (let n = text.parentNode; n && n !== root; n = n.parentNode) {
        if (n.nodeType !== 1 || !CONTAINERS.has((n as Element).tagName.toUpperCase())) continue;
        if (wordsOf(n as Element) > MAX_WORDS) break;
        target = n as Element;
      }
      if (target?.parentNode) remove(target);
    }
  },
};
