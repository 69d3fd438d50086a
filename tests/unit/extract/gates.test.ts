/**
 * Each gate must pass every text its pattern matches, or a rule would keep
 * what it removed before. Matches are generated from each pattern (with
 * random case for the case-insensitive ones); the gate must also turn away
 * ordinary prose, or it would save nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NOT_A_PERSON, WEB_ADDRESS } from '../../../core/extract/author-names';
import { AFFILIATE, LABEL, SEPARATOR, SHORTCODE } from '../../../core/extract/cleanup/ad-labels';
import { STAMP_PREFIX } from '../../../core/extract/cleanup/bylines-datelines';
import { COUNTER, INVITE } from '../../../core/extract/cleanup/comment-counters';
import { NOTICE } from '../../../core/extract/cleanup/copyright-notices';
import { CONTROLS, COUNTER as GALLERY_COUNTER } from '../../../core/extract/cleanup/gallery-chrome';
import { leadingAsciiWord, type GatedPattern } from '../../../core/extract/gates';
import { CREDIT_TEXT } from '../../../core/extract/cleanup/image-credits';
import { PROMPT_TEXT } from '../../../core/extract/cleanup/newsletter-prompts';
import { CLICK_HERE, RELATED_LABEL, TEASER_PREFIX } from '../../../core/extract/cleanup/related-teasers';

const GATED: Record<string, GatedPattern> = {
  RELATED_LABEL,
  TEASER_PREFIX,
  CLICK_HERE,
  LABEL,
  AFFILIATE,
  SEPARATOR,
  NOTICE,
  COUNTER,
  INVITE,
  STAMP_PREFIX,
  PROMPT_TEXT,
  CREDIT_TEXT,
  GALLERY_COUNTER,
  CONTROLS,
  NOT_A_PERSON,
  WEB_ADDRESS,
};

/**
 * A pattern fast-check can generate from: word boundaries and lookaheads
 * dropped (it knows neither) and case folded away. Some generated strings
 * then fail the original pattern; only those that match it are checked.
 */
function generatorFor(pattern: RegExp): fc.Arbitrary<string> {
  const source = pattern.source.replace(/\\b/g, '').replace(/\(\?=[^)]*\)/g, '');
  const strings = fc.stringMatching(new RegExp(source, pattern.flags.replace('i', '')));
  return pattern.flags.includes('i') ? fc.mixedCase(strings) : strings;
}

const PROSE = [
  'The regional council voted on Tuesday to extend the tram line.',
  'Madrid',
  'Photographs of the opening night',
  'Le conseil municipal a voté mardi.',
  '12 June 2024',
  'Readers queued outside the library',
];

describe('pattern gates', () => {
  for (const [name, gatedPattern] of Object.entries(GATED)) {
    it(`${name}: the gate passes every text the pattern matches`, () => {
      fc.assert(
        fc.property(generatorFor(gatedPattern.pattern), (text) => {
          gatedPattern.pattern.lastIndex = 0;
          if (!gatedPattern.pattern.test(text)) return;
          expect(gatedPattern.gate(text), JSON.stringify(text)).toBe(true);
          expect(gatedPattern.test(text)).toBe(true);
        }),
        { numRuns: 2000 },
      );
    });
  }

  it('the gates turn ordinary prose away, so their patterns are not compiled for it', () => {
    for (const [name, gatedPattern] of Object.entries(GATED)) {
      const passed = PROSE.filter((text) => gatedPattern.gate(text));
      // Some gates cannot tell a date or a photo line from their labels by a word alone.
      expect(passed.length, `${name} passed ${JSON.stringify(passed)}`).toBeLessThanOrEqual(2);
    }
  });

  it('checks the labels the rules were written for, in several languages and cases', () => {
    const cases: [GatedPattern, string][] = [
      [RELATED_LABEL, 'À lire aussi :'],
      [RELATED_LABEL, "DON'T MISS"],
      [RELATED_LABEL, 'Artículos relacionados'],
      [RELATED_LABEL, 'More:'],
      [TEASER_PREFIX, 'READ MORE: The tram line opens'],
      [CLICK_HERE, 'GET FOX BUSINESS ON THE GO BY CLICKING HERE'],
      [LABEL, 'РЕКЛАМА'],
      [LABEL, 'Publicité'],
      [LABEL, 'Loading...'],
      [SHORTCODE, '[button link="x"]Send us YOUR kit review[/button]'],
      [SEPARATOR, '* * *'],
      [NOTICE, '© 2019 Associated Press. All Rights Reserved.'],
      [NOTICE, 'Copyright ⓒ 연합뉴스 무단전재 및 재배포 금지'],
      [COUNTER, '0 Commentaire (s) Réagir'],
      [COUNTER, 'Réagir'],
      [INVITE, 'Deixe seu comentário'],
      [STAMP_PREFIX, 'Écrit par Marie Dupont'],
      [STAMP_PREFIX, 'Last updated: 19 Nov'],
      [PROMPT_TEXT, 'Abonnez-vous à notre newsletter'],
      [CREDIT_TEXT, '(Crédits : AFP)'],
      [GALLERY_COUNTER, 'Image 1 of 9'],
      [CONTROLS, 'Enlarge Image'],
      [NOT_A_PERSON, 'NGO, Organization'],
      [NOT_A_PERSON, 'La Rédaction'],
      [WEB_ADDRESS, 'twitter.com/paultakahashi'],
    ];
    for (const [gatedPattern, text] of cases) {
      expect(gatedPattern.pattern.test(text), `pattern on ${text}`).toBe(true);
      expect(gatedPattern.test(text), `gated on ${text}`).toBe(true);
    }
  });

  it('reads the leading ASCII word of a text', () => {
    expect(leadingAsciiWord('Related: more')).toBe('related');
    expect(leadingAsciiWord("Don't miss")).toBe('don');
    expect(leadingAsciiWord('Artículos')).toBe('art');
    expect(leadingAsciiWord('À lire')).toBe('');
    expect(leadingAsciiWord('2019')).toBe('');
    expect(leadingAsciiWord('')).toBe('');
  });
});
