import type { CleanupRule } from './rule';
import { all, remove, textOf } from './dom';

const LABEL =
  /^(advertisement|advertisements|advert|adverts|ad|ads|sponsored|sponsored content|paid content|publicidade|publicidad|publicité|anzeige|pubblicità|iklan|реклама|continue reading( (the )?(main )?(story|article))?( below)?|story continues below( advertisement)?|article continues below( advertisement)?|scroll to continue( with content)?|skip to (main )?content|loading content( \.\.\.)?|loading\W*)$/i;

/**
 * Labels left by ad slots and page chrome ("Advertisement", "Continue
 * Reading Below", "Skip to content"). The slot's script never ran in the
 * saved page, so only the label is left, in the middle of the text.
 */
export const adLabels: CleanupRule = {
  id: 'ad-labels',
  stage: 'after',
  apply(root) {
    for (const el of all(root, 'div, p, span, a, li, aside, section, small, h2, h3, h4, h5, h6, strong, em')) {
      const text = textOf(el);
      if (text !== '' && text.length <= 60 && LABEL.test(text)) remove(el);
    }
  },
};
