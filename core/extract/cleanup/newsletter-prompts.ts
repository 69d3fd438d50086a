import type { CleanupRule } from './rule';
import { all, classAndId, remove, textOf, wordsOf } from './dom';
import { gated, holdsWord } from '../gates';

const PROMPT_CLASS = /newsletter|subscribe|subscription|signup|sign-up|optin|opt-in|paywall|register-wall|inline-promo|promo-box/;
/** Asking for a newsletter or an email subscription; "sign up" alone could be for anything. */
export const PROMPT_TEXT = gated(
  /\b(subscribe|subscriber|newsletters?|inscrivez-vous|abonnez-vous|abonnement|suscríbete|suscribirse|assine|inscreva-se|iscriviti|delivered (to|right in|through) your (inbox|letterbox|door)|\d+ issues for|breaking news (emails|alerts))\b/i,
  holdsWord([
    'subscribe',
    'newsletter',
    'inscrivez-vous',
    'abonne',
    'suscr',
    'assine',
    'inscreva-se',
    'iscriviti',
    'delivered',
    ' issues for',
    'breaking news',
  ]),
);
const IMPERATIVE = /^(sign up|subscribe|get|click|join|download|follow|inscrivez|abonnez|recevez|suscr[ií]bete|assine|inscreva|iscriviti)/i;

/**
 * Newsletter and subscription prompts. They sit inside the article column,
 * so Readability keeps them. A prompt is short and either marked up as one,
 * asks for the sign-up with a link or button, or starts with the request.
 */
export const newsletterPrompts: CleanupRule = {
  id: 'newsletter-prompts',
  stage: 'after',
  apply(root) {
    for (const el of all(root, 'div, section, aside, form, p, span, h2, h3, h4, h5, a, strong, li')) {
      const words = wordsOf(el);
      if (words === 0 || words > 60) continue;
      const text = textOf(el);
      if (PROMPT_CLASS.test(classAndId(el)) && el.querySelectorAll('p').length <= 3) {
        remove(el);
        continue;
      }
      // A list item naming a plan to sign up for is content (a deals list), not a prompt.
      if (words > 40 || el.tagName === 'LI' || !PROMPT_TEXT.test(text) || el.closest('li') !== null) continue;
      const actionable = el.querySelector('a, button, input, form') !== null || el.tagName === 'A';
      if (actionable || words <= 12 || IMPERATIVE.test(text)) remove(el);
    }
  },
};
