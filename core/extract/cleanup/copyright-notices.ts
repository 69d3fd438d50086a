import type { CleanupRule } from './rule';
import { all, remove, textOf, wordsOf } from './dom';
import { gated, holdsWord } from '../gates';

export const NOTICE = gated(
  /^(copyright\b|©|ⓒ|\(c\)\s*\d{4})|all rights reserved|tous droits réservés|todos los derechos reservados|todos os direitos reservados|tutti i diritti riservati|alle rechte vorbehalten|무단전재|無断転載|this material may not be published, broadcast, rewritten,? or redistributed|the contents of this site are ©|this (?:document|article) is subject to copyright|no part (?:of (?:this|the) [a-z]+ )?may be reproduced without/i,
  holdsWord([
    'copyright',
    '©',
    'ⓒ',
    '(c)',
    'rights reserved',
    'droits réservés',
    'derechos reservados',
    'direitos reservados',
    'diritti riservati',
    'rechte vorbehalten',
    '무단전재',
    '無断転載',
    'this material may not',
    'may be reproduced without',
  ]),
);

/**
 * Copyright and syndication notices ("© 2019 Associated Press. All Rights
 * Reserved.", "Copyright ⓒ … 무단전재 및 재배포 금지", "This document is
 * subject to copyright. … no part may be reproduced without the written
 * permission"). Wire copy and
 * templates append them to the body; they are legal boilerplate about the
 * page, not part of the story.
 */
export const copyrightNotices: CleanupRule = {
  id: 'copyright-notices',
  stage: 'after',
  apply(root) {
    for (const el of all(root, 'p, div, span, small, em, i, footer, section')) {
      if (!el.parentNode) continue;
      if (wordsOf(el) > 40) continue;
      const text = textOf(el);
      if (text === '' || text.length > 400) continue;
      // The notice itself, not a container that also holds a paragraph of the story.
      if (!NOTICE.test(text) || (el.tagName !== 'P' && el.querySelector('p') !== null)) continue;
      remove(el);
    }
  },
};
