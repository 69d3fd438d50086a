import { describe, expect, it } from 'vitest';
import { eachMatch, lowerKeepingOffsets } from '../../../core/extract/lower-case';
import { cleanByline, hasBylinePrefix } from '../../../core/extract/author-names';
import { findDates, parseBylineDates } from '../../../core/extract/dates';
import { detectLanguage } from '../../../core/language';
import { countWords } from '../../../core/extract/word-count';
import { datelinePlace } from '../../../core/extract/places';
import { NOW } from './dom';

describe('lowerKeepingOffsets', () => {
  it('lower-cases without moving any offset, even past a dotted capital I', () => {
    const text = 'İSTANBUL, 3 MARS 2021 — ÉTÉ';
    const lower = lowerKeepingOffsets(text);
    expect(lower).toHaveLength(text.length);
    expect(lower).toBe('istanbul, 3 mars 2021 — été');
    // The naive lower case is one unit longer: the reason for the helper.
    expect(text.toLowerCase()).toHaveLength(text.length + 1);
  });
});

describe('eachMatch', () => {
  it('visits every match of a global pattern and leaves it reset for the next caller', () => {
    const re = /\d+/g;
    const seen: string[] = [];
    eachMatch(re, 'a1 b22 c333', (m) => seen.push(`${m.index}:${m[0]}`));
    expect(seen).toEqual(['1:1', '4:22', '8:333']);
    expect(re.lastIndex).toBe(0);
  });

  it('moves past empty matches instead of looping forever', () => {
    let n = 0;
    eachMatch(/x*/g, 'abc', () => n++);
    expect(n).toBe(4);
  });
});

describe('patterns matched on lower-cased text', () => {
  it('finds capitalised and shouted month names at their original offsets', () => {
    const text = 'İİ Publié le 4 MAI 2022 · Mis à jour le 5 Mai 2022';
    const found = findDates(text, NOW);
    expect(found.map((d) => d.iso)).toEqual(['2022-05-04', '2022-05-05']);
    expect(text.slice(found[0]?.index, found[0]?.end)).toBe('4 MAI 2022');
    expect(parseBylineDates(text, NOW)).toEqual({ publishedAt: '2022-05-04', modifiedAt: '2022-05-05' });
    expect(findDates('DECEMBER 3, 2021', NOW).map((d) => d.iso)).toEqual(['2021-12-03']);
  });

  it('still refuses a month name glued to more letters', () => {
    expect(findDates('3 Marsupials 2021', NOW)).toEqual([]);
    expect(findDates('xMay 3, 2021', NOW)).toEqual([]);
  });

  it('strips shouted and mixed-case byline prefixes and trailing dates', () => {
    expect(cleanByline('PAR JEAN DUPONT')).toBe('JEAN DUPONT');
    expect(cleanByline('Written By Jane Doe MARCH 25, 2015')).toBe('Jane Doe');
    expect(cleanByline('VON İlkay Yılmaz | 3. März 2021')).toBe('İlkay Yılmaz');
    expect(hasBylinePrefix('BY JANE DOE')).toBe(true);
    expect(hasBylinePrefix('Bylines of the week')).toBe(false);
  });
});

describe('plain pre-tests before Unicode patterns', () => {
  it('still detects non-Latin scripts and unspaced words', () => {
    expect(detectLanguage('Привет, как дела? Это статья на русском языке о погоде в Москве.')?.lang).toBe('ru');
    expect(detectLanguage('Η Αθήνα είναι η πρωτεύουσα της Ελλάδας και η μεγαλύτερη πόλη της χώρας.')?.lang).toBe('el');
    expect(countWords('東京都は日本の首都です').wordCount).toBe(11);
    expect(countWords('Le café est ouvert ™ € — ℂ').wordCount).toBe(5);
  });

  it('reads a wire dateline only when the opening has its dash', () => {
    expect(datelinePlace('MADRID (AFP) — El Gobierno ha anunciado hoy')).toBe('Madrid');
    expect(datelinePlace('MADRID (AFP) El Gobierno ha anunciado hoy')).toBeNull();
  });
});
