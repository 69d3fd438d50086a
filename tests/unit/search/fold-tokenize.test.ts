import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldText, MAX_TOKEN_LENGTH, parseQuery, tokenize, MAX_QUERY_TERMS } from '../../../core/search/index';

describe('foldText', () => {
  it.each([
    ['Début', 'debut'],
    ['München', 'munchen'],
    ['Straße', 'strasse'],
    ['ÉLECTION', 'election'],
    ['niño', 'nino'],
    ['œuvre', 'oeuvre'],
    ['ﬁn', 'fin'],
    ['Łódź', 'lodz'],
    ['İstanbul', 'istanbul'],
    ['u\u0308ber', 'uber'],
    ['Ｔｏｋｙｏ', 'tokyo'],
  ])('%s → %s', (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });

  it('strips Arabic harakat and Hebrew points but keeps the letters', () => {
    expect(foldText('مُحَمَّد')).toBe('محمد');
    expect(foldText('שָׁלוֹם')).toBe('שלום');
  });

  it('keeps Indic vowel signs, which are letters of the word', () => {
    expect(foldText('हिन्दी')).toBe('हिन्दी');
  });

  it('is idempotent on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        const once = foldText(s);
        expect(foldText(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('is idempotent on accented Latin, Greek and Cyrillic text', () => {
    const letters = [...'aàâäãåæbcçdðeéèêëfghiìíîïıjklłmnñoòóôöõøœpqrsßtþuùúûüvwxyýÿzΣσςΑάЁёЙй'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...letters, ' '), { maxLength: 30 }), (chars) => {
        const once = foldText(chars.join(''));
        expect(foldText(once)).toBe(once);
        expect(foldText(once.toUpperCase())).toBe(foldText(once));
      }),
    );
  });
});

describe('tokenize', () => {
  it('splits on punctuation and apostrophes and folds every word', () => {
    expect(tokenize("L'élection, à Madrid : 2026 (début)!")).toEqual(['l', 'election', 'a', 'madrid', '2026', 'debut']);
  });

  it('indexes a word with an umlaut under both foldings', () => {
    expect(tokenize('Café München')).toEqual(['cafe', 'munchen', 'muenchen']);
    expect(tokenize('Köln Zürich Bäckerei')).toEqual(['koln', 'koeln', 'zurich', 'zuerich', 'backerei', 'baeckerei']);
  });

  it('drops emoji and keeps the words around them', () => {
    expect(tokenize('café☕paris 🇫🇷 👩‍👩‍👧 fête🎉')).toEqual(['cafe', 'paris', 'fete']);
    expect(tokenize('🎉🎉🎉')).toEqual([]);
  });

  it('tokenises Arabic and Hebrew as words, right-to-left marks and punctuation aside', () => {
    expect(tokenize('\u200fمرحبا بالعالم، كيف؟')).toEqual(['مرحبا', 'بالعالم', 'كيف']);
    expect(tokenize('שָׁלוֹם עוֹלָם־חדש.')).toEqual(['שלום', 'עולם', 'חדש']);
  });

  it('makes each ideograph and kana its own term', () => {
    expect(tokenize('東京都で')).toEqual(['東', '京', '都', 'で']);
    expect(tokenize('Tokyo東京')).toEqual(['tokyo', '東', '京']);
  });

  it('splits what folding turns into separators', () => {
    expect(tokenize('½')).toEqual(['1', '2']);
  });

  it('cuts very long runs', () => {
    const [token] = tokenize('x'.repeat(500));
    expect(token).toHaveLength(MAX_TOKEN_LENGTH);
  });

  it('treats regex metacharacters as separators', () => {
    expect(tokenize('.*+?^${}()|[]\\ a.b (c)')).toEqual(['a', 'b', 'c']);
  });

  it('never yields an empty term for a stray combining accent', () => {
    expect(tokenize('a = \u0301 b \u0338x')).toEqual(['a', 'b', 'x']);
  });

  it('returns no term for empty or blank text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' \n\t ')).toEqual([]);
  });
});

describe('parseQuery', () => {
  it('dedupes terms and bounds their number', () => {
    const words = Array.from({ length: 50 }, (_, i) => `mot${i}`).join(' ');
    expect(parseQuery(words)).toHaveLength(MAX_QUERY_TERMS);
    expect(parseQuery('madrid Madrid MADRID').map((t) => t.prefix)).toEqual(['madrid']);
  });

  it('bounds the work on a 10,000-character query', () => {
    const query = 'élection '.repeat(1200).slice(0, 10_000);
    expect(query).toHaveLength(10_000);
    // The cut at MAX_QUERY_CHARS may leave a partial last word, matched as a prefix.
    const terms = parseQuery(query);
    expect(terms.map((t) => t.prefix)).toEqual(['election', 'elec']);
    expect(parseQuery('a'.repeat(10_000))[0]?.prefix).toHaveLength(MAX_TOKEN_LENGTH);
  });

  it('adds the stems of each language as variants', () => {
    const [term] = parseQuery('elecciones');
    expect(term?.variants).toContain('eleccion');
    expect(parseQuery('Wahlen')[0]?.variants).toContain('wahl');
  });
});
