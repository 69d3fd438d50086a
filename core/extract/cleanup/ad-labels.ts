import type { CleanupRule } from './rule';
import { all, remove, textMayFit, textOf } from './dom';
import { gated, holdsWord, opensWithWord, startsWithAny } from '../gates';

export const LABEL = gated(
  /^(advertisement|advertisements|advert|adverts|ad|ads|sponsored|sponsored content|paid content|publicidade|publicidad|publicité|anzeige|pubblicità|iklan|реклама|continue reading( (the )?(main )?(story|article))?( below)?|story continues below( advertisement)?|article continues below( advertisement)?|scroll to continue( with content)?|skip to (main )?content|loading content( \.\.\.)?|loading\W*|sign in|log in|sign in \/ register|se connecter|connexion|iniciar sesión|entrar)$/i,
  opensWithWord(
    (
      'advertisement advertisements advert adverts ad ads sponsored paid publicidade publicidad publicit anzeige pubblicit ' +
      'iklan continue story article scroll skip loading sign log se connexion iniciar entrar'
    )
      .split(' '),
    startsWithAny(['реклама']),
  ),
);
/** Affiliate disclosures: "This post may contain affiliate links", "… may earn an Affiliate Commission if you purchase …". */
export const AFFILIATE = gated(
  /\b(?:may (?:contain|include) affiliate|affiliate (?:and\/or referral )?links?\b.*\bdisclosure|(?:may|might) earn (?:an? )?(?:small )?(?:affiliate )?commission)/i,
  holdsWord(['affiliate', 'commission']),
);
/** A WordPress shortcode the site never rendered: "[button link=… ]Send us YOUR kit review[/button]". */
export const SHORTCODE = gated(/^\[([a-z_]+)\b[^\]]*\][^[]*\[\/\1\]$/i, (text) => text.startsWith('['));
/** Rules drawn with characters ("___", "* * *") read as a token of underscores. */
export const SEPARATOR = gated(
  /^[_\-–—*•·=~.\s]{3,}$/,
  // The first character is one of the class's; trim() drops exactly the characters \s matches.
  (text) => '_-–—*•·=~.'.includes(text.charAt(0)) || (text !== '' && text.charAt(0).trim() === ''),
);

/**
 * Labels left by ad slots and page chrome ("Advertisement", "Continue
 * Reading Below", "Skip to content", "Sign In", a "___" rule, the page's own
 * address printed as a permalink, a shortcode left unrendered), and
 * affiliate disclosures (AFFILIATE). The slot's script never ran in the
 * saved page, so only the label is left, in the middle of the text.
 */
export const adLabels: CleanupRule = {
  id: 'ad-labels',
  stage: 'after',
  apply(root, url) {
    // Templates print the page's own address as a "permalink" line.
    const self = url.href.replace(/[?#].*$/, '');
    for (const el of all(root, 'div, p, span, a, li, aside, section, small, h2, h3, h4, h5, h6, strong, em')) {
      if (!textMayFit(el, 300)) continue;
      const text = textOf(el);
      if (text === '' || text.length > 300) continue;
      if ((text.length <= 60 && (LABEL.test(text) || SEPARATOR.test(text))) || text.replace(/[?#].*$/, '') === self || SHORTCODE.test(text)) {
        remove(el);
        continue;
      }
      if (text.length <= 250 && (el.tagName === 'P' || el.tagName === 'DIV' || el.tagName === 'SMALL' || el.tagName === 'EM') && el.querySelector('p, div') === null && AFFILIATE.test(text)) {
        remove(el);
      }
    }
  },
};
