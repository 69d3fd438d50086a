import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { capitaliseWords, countMatches, isLatinText, LATIN_LETTER, LATIN_LOWER, LATIN_NUMBER, LATIN_SCRIPT, LATIN_UPPER, LATIN_SPACE_PUNCTUATION_SYMBOL, textPattern } from '../../core/latin-text';

/** Every code unit of the domain where the Latin builds must be exact. */
function domain(): string[] {
  const out: string[] = [];
  for (const [from, to] of [[0x0000, 0x024f], [0x2000, 0x206f], [0x20a0, 0x20c0]] as const) {
    for (let c = from; c <= to; c++) out.push(String.fromCharCode(c));
  }
  return out;
}

describe('Latin classes', () => {
  const letter = new RegExp(`^[${LATIN_LETTER}]$`);
  const number = new RegExp(`^[${LATIN_NUMBER}]$`);
  const script = new RegExp(`^[${LATIN_SCRIPT}]$`);
  const upper = new RegExp(`^[${LATIN_UPPER}]$`);
  const lower = new RegExp(`^[${LATIN_LOWER}]$`);
  const sps = new RegExp(`^[${LATIN_SPACE_PUNCTUATION_SYMBOL}]$`);

  it('match exactly what the Unicode classes match on every code unit of the domain', () => {
    const wrong: string[] = [];
    for (const ch of domain()) {
      const hex = ch.charCodeAt(0).toString(16);
      if (letter.test(ch) !== /^\p{L}$/u.test(ch)) wrong.push(`letter ${hex}`);
      if (number.test(ch) !== /^\p{N}$/u.test(ch)) wrong.push(`number ${hex}`);
      if (script.test(ch) !== /^\p{Script=Latin}$/u.test(ch)) wrong.push(`latin script ${hex}`);
      if (upper.test(ch) !== /^\p{Lu}$/u.test(ch)) wrong.push(`upper ${hex}`);
      if (lower.test(ch) !== /^\p{Ll}$/u.test(ch)) wrong.push(`lower ${hex}`);
      if (/^\p{M}$/u.test(ch)) wrong.push(`mark ${hex}`);
      if (sps.test(ch) !== /^[\s\p{P}\p{S}]$/u.test(ch)) wrong.push(`space-punctuation-symbol ${hex}`);
    }
    expect(wrong).toEqual([]);
  });

  it('tell Latin text from text with anything beyond the domain', () => {
    expect(isLatinText('« Très cher » — 12 € … Straße, año, naïveté, ½')).toBe(true);
    expect(isLatinText('')).toBe(true);
    for (const other of ['Москва', 'Ελλάδα', '東京', 'Hà Nội', 'café 👍', 'e\u0301', '→', '\u20c1']) {
      expect(isLatinText(other), other).toBe(false);
    }
  });
});

describe('textPattern', () => {
  const words = textPattern((c) => `[${c.letter}${c.number}][${c.letter}${c.number}${c.mark}'’_-]*`, 'g');

  it('uses the Latin build, without the u flag, for Latin text and the Unicode build otherwise', () => {
    expect(words('Le café de l’été').flags).toBe('g');
    expect(words('Кафе').flags).toBe('gu');
    // Each build is made once and reused.
    expect(words('un')).toBe(words('deux'));
  });

  it('finds the same matches with either build on Latin text', () => {
    const unicode = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’_-]*/gu;
    for (const text of [
      'Par Némo Empis, le 3 mars 2020 — aujourd’hui à 10h30 : l’œuvre « naïve » coûte 12 € (½ prix).',
      'Straße_Nr. 5-7, 2²=4; ¿Qué pasó? ¡Año nuevo! ÆØÅ ǅ ȵ × ÷ ‘quoted’ “double” …',
    ]) {
      expect(text.match(words(text))).toEqual(text.match(unicode));
    }
    const other = 'Привет, мир 2024 — e\u0301te\u0301';
    expect(other.match(words(other))).toEqual(other.match(unicode));
  });

  it('never adds u to the Latin build, even when asked', () => {
    const re = textPattern((c) => `[${c.letter}]+`, 'gu');
    expect(re('abc').flags).toBe('g');
    expect(re('абв').flags).toBe('gu');
  });
});

describe('capitaliseWords', () => {
  it('lower-cases, then capitalises the first letter of each word, in any script', () => {
    expect(capitaliseWords('STEVE PEOPLES')).toBe('Steve Peoples');
    expect(capitaliseWords("SAINT-DENIS D'ANJOU O’BRIEN")).toBe("Saint-Denis D'Anjou O’Brien");
    expect(capitaliseWords('ÉLISE ÇA')).toBe('Élise Ça');
    expect(capitaliseWords('МОСКВА ЦЕНТР')).toBe('Москва Центр');
    expect(capitaliseWords('')).toBe('');
  });
});

describe('countMatches', () => {
  const WORD = /[\p{L}\p{N}]+/gu;

  it('counts what match() finds, on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        expect(countMatches(WORD, text)).toBe(text.match(WORD)?.length ?? 0);
      }),
    );
  });

  it('stops one past the cap, and leaves the pattern ready for its next text', () => {
    const text = 'un deux trois quatre cinq';
    expect(countMatches(WORD, text, 2)).toBe(3);
    expect(countMatches(WORD, text, 10)).toBe(5);
    expect(WORD.lastIndex).toBe(0);
    expect(countMatches(WORD, '')).toBe(0);
  });
});
