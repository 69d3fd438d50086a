import type { CleanupRule } from './rule';
import { all, classAndId, remove, textOf, wordCount } from './dom';

const CONSENT_CLASS = /(^|[\s_-])(cookie|cookies|consent|gdpr|cmp)([\s_-]|$)/;
const CONSENT_TEXT =
  /^(this (web)?site uses cookies|we use cookies|nous utilisons des cookies|ce site utilise des cookies|utilizamos cookies|usamos cookies|este sitio (web )?utiliza cookies|wir verwenden cookies)/i;

/**
 * Cookie and consent layers. Saved pages often keep the banner in the DOM
 * (scripts would hide it later), and it lands at the end of the text.
 * The word cap keeps a privacy article that merely has a "cookies" id.
 */
export const cookieConsent: CleanupRule = {
  id: 'cookie-consent',
  stage: 'before',
  apply(root) {
    for (const el of all(root, 'div, section, aside, p, form, footer, span')) {
      const text = textOf(el);
      const words = wordCount(text);
      if (words > 120) continue;
      if (CONSENT_CLASS.test(classAndId(el)) || (words <= 80 && CONSENT_TEXT.test(text))) remove(el);
    }
  },
};
