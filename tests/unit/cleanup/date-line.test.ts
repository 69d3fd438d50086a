import { describe, expect, it } from 'vitest';
import { DAYS, DROP_NEEDS, isDateLine, isToken, MONTHS, NAMED_NEEDS, STAMP_WORDS } from '../../../core/extract/cleanup/date-line';

describe('isDateLine', () => {
  it.each([
    'Nov. 20, 2019, 9:28 AM UTC',
    'Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM',
    'Posted: Fri 6:45 PM, Feb 16, 2018',
    'Publié le 4 mai 2022, mis à jour le 5 mai 2022',
    'sexta-feira, 22 de outubro de 2010 às 20:13',
    '19.11.2019, 08:57',
    'November 19, 2019 | 4:20am | Updated November 19, 2019 | 9:32pm',
  ])('recognises the stamp %j', (line) => {
    expect(isDateLine(line)).toBe(true);
  });

  it.each([
    '1',
    '(14, 15)',
    'The council met on 3 May 2024 to vote the budget.',
    'Madrid, 2024',
    'Kyle Busch 5040',
    '',
  ])('leaves %j alone', (line) => {
    expect(isDateLine(line)).toBe(false);
  });

  it.each(['19 ноября 2019, 08:57', 'Опубликовано 19.11.2019', '2019년 11월 19일 08:57', '19 Νοεμβρίου 2019', 'à 20:30'])(
    'reads the stamp %j as before the plain tests were put first',
    (line) => {
      // None of these holds a month, day or stamp word but "à", which the second test lets through.
      expect(isDateLine(line)).toBe(line === 'à 20:30');
    },
  );

  it('puts first only tests that every word of the patterns passes', () => {
    for (const word of `${MONTHS}|${DAYS}`.split('|')) expect(NAMED_NEEDS.test(word), word).toBe(true);
    for (const word of `${MONTHS}|${DAYS}|${STAMP_WORDS}`.split('|')) expect(DROP_NEEDS.test(word), word).toBe(true);
  });

  it('looks words up as whole tokens, and the entries that are not one token were always shadowed', () => {
    const all = `${MONTHS}|${DAYS}|${STAMP_WORDS}`.split('|');
    for (const word of all) {
      if (isToken(word)) {
        expect(word, word).toMatch(/^[\p{L}\p{N}]+$/u);
        continue;
      }
      // "a las" is read as "a" then "las": its first token comes earlier in the list, as a word of its own.
      const first = word.split(/[^\p{L}\p{N}]/u)[0] ?? '';
      expect(all.indexOf(first), word).toBeGreaterThanOrEqual(0);
      expect(all.indexOf(first), word).toBeLessThan(all.indexOf(word));
    }
    expect(`${MONTHS}|${DAYS}`.split('|').every(isToken)).toBe(true);
  });

  it.each([
    ['mar 3, 2019', true],
    ['marchx 2019', false],
    ['3 marzo 2019 alle 10:15', true],
    ['19h30 · publié le 3 mai 2022', true],
    ['a las 10:30', false],
    ['updated: 10:30 am', true],
    ['sept. 3, 2019', true],
    ['2019 ½', false],
    ['2019\u00ad', false],
  ])('reads %j as a stamp: %s', (line, stamp) => {
    expect(isDateLine(line)).toBe(stamp);
  });
});
