import type { CleanupRule } from './rule';
import { all, classAndId, remove, textOf, wordsOf } from './dom';
import { gated, opensWithDigitOrSpace, opensWithWord } from '../gates';

export const COUNTER = gated(
  /^(\d+\s*)?(comments?|commentaires?\s*(\(s\))?|comentários?|comentarios?|kommentare?|commenti|réagir|reagir)(\s*(\(\d+\)|\d+))?(\s+(réagir|reagir|comment|commenter|comentar))?$/i,
  opensWithWord(
    'comment comments commentaire commentaires coment comentario comentarios kommentar kommentare commenti r reagir'.split(' '),
    opensWithDigitOrSpace,
  ),
);
export const INVITE = gated(
  /^(leave a (comment|reply)|add (a )?comment|post (a )?comment( \(\+\))?|tell us what you think\W*|join the (conversation|discussion)|laisser un commentaire|deja (un|tu) comentario|deixe (um|seu) comentário|show comments|view comments|\d+\s*commentaire\s*\(s\)\s*réagir)$/i,
  opensWithWord('leave add post tell join laisser deja deixe show view'.split(' '), opensWithDigitOrSpace),
);

/**
 * Comment counters and invitations ("0 Commentaire (s) Réagir", "12
 * comments", "Leave a comment"): widgets of the comment system, which the
 * article text never needs. Comment threads themselves are dropped by
 * Readability; these short labels are what it leaves behind.
 */
export const commentCounters: CleanupRule = {
  id: 'comment-counters',
  stage: 'after',
  apply(root) {
    for (const el of all(root, 'div, p, span, a, li, h2, h3, h4, section, button, strong')) {
      const words = wordsOf(el);
      if (words === 0 || words > 8) continue;
      const text = textOf(el);
      if (COUNTER.test(text) || INVITE.test(text) || (/(^|[\s_-])comments?([\s_-]|$)|comment-count|disqus/.test(classAndId(el)) && words <= 4)) {
        remove(el);
      }
    }
  },
};
