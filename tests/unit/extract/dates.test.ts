import { describe, expect, it } from 'vitest';
import { findDates, parseBylineDates, parseDate } from '../../../core/extract/dates';
import { NOW } from './dom';

describe('parseDate (machine-readable)', () => {
  it('converts a zoned ISO timestamp to UTC', () => {
    expect(parseDate('2020-09-15T17:45:00+02:00', NOW)).toBe('2020-09-15T15:45:00.000Z');
    expect(parseDate('2020-09-15T17:45:00+0200', NOW)).toBe('2020-09-15T15:45:00.000Z');
    expect(parseDate('2020-09-15T17:45:00Z', NOW)).toBe('2020-09-15T17:45:00.000Z');
  });

  it('keeps zone-less values as local wall-clock time or bare dates', () => {
    expect(parseDate('2020-09-15T17:45:00', NOW)).toBe('2020-09-15T17:45:00');
    expect(parseDate('2020-09-15 17:45', NOW)).toBe('2020-09-15T17:45:00');
    expect(parseDate('2020-09-15', NOW)).toBe('2020-09-15');
    expect(parseDate('20200915', NOW)).toBe('2020-09-15');
  });

  it('keeps a fraction of a second to the millisecond, never rounding into the next second', () => {
    expect(parseDate('2019-10-18T17:23:34.816Z', NOW)).toBe('2019-10-18T17:23:34.816Z');
    expect(parseDate('2019-10-18T19:23:34,5+02:00', NOW)).toBe('2019-10-18T17:23:34.500Z');
    expect(parseDate('2017-11-24T18:42:20.314667', NOW)).toBe('2017-11-24T18:42:20.314');
    expect(parseDate('2017-11-24T18:42:59.9996Z', NOW)).toBe('2017-11-24T18:42:59.999Z');
    // No fraction, none made up.
    expect(parseDate('2017-11-24T18:42:20', NOW)).toBe('2017-11-24T18:42:20');
  });

  it('reads RFC 2822 with a zone and Unix timestamps', () => {
    expect(parseDate('Tue, 15 Sep 2020 17:45:00 GMT', NOW)).toBe('2020-09-15T17:45:00.000Z');
    expect(parseDate('1600191900', NOW)).toBe('2020-09-15T17:45:00.000Z');
    expect(parseDate('1600191900000', NOW)).toBe('2020-09-15T17:45:00.000Z');
  });

  it('rejects impossible, ancient and future dates', () => {
    expect(parseDate('1744-01-01T00:00:00Z', NOW)).toBeNull();
    expect(parseDate('0000-00-00T00:00:00', NOW)).toBeNull();
    expect(parseDate('1989-12-31', NOW)).toBeNull();
    expect(parseDate('2019-13-45', NOW)).toBeNull();
    expect(parseDate('2021-02-29', NOW)).toBeNull();
    expect(parseDate('2020-09-15T25:00:00Z', NOW)).toBeNull();
    expect(parseDate('2099-05-01', NOW)).toBeNull();
    expect(parseDate('2026-11-29T00:00:00Z', NOW)).toBeNull();
  });

  it('accepts up to a day ahead of now, for time zones east of the clock', () => {
    expect(parseDate('2026-11-27T20:00:00', NOW)).toBe('2026-11-27T20:00:00');
  });

  it('returns null for garbage without throwing', () => {
    for (const junk of ['', '   ', 'yesterday', 'NaN', 'x'.repeat(500), '2020', '15/15/2020']) {
      expect(parseDate(junk, NOW)).toBeNull();
    }
    expect(parseDate(null, NOW)).toBeNull();
    expect(parseDate(undefined, NOW)).toBeNull();
  });
});

describe('parseBylineDates (visible bylines)', () => {
  it('reads lepetitjournal.com template 1', () => {
    expect(parseBylineDates('Par Némo Empis | Publié le 15/09/2020 à 17:45 | Mis à jour le 15/09/2020 à 18:52', NOW)).toEqual({
      publishedAt: '2020-09-15T17:45:00',
      modifiedAt: '2020-09-15T18:52:00',
    });
  });

  it('reads lepetitjournal.com template 2', () => {
    expect(parseBylineDates('Écrit par Claire Dumas · Publié le 4 mai 2022, mis à jour le 5 mai 2022', NOW)).toEqual({
      publishedAt: '2022-05-04',
      modifiedAt: '2022-05-05',
    });
  });

  it.each([
    ['Published 3 March 2021', '2021-03-03'],
    ['Posted on March 3, 2021 at 5:45 pm', '2021-03-03T17:45:00'],
    ['Updated 12:00 am — first published Jun 5th, 2021', '2021-06-05'],
    ['Publicado el 12 de enero de 2023', '2023-01-12'],
    ['Madrid, 12 de enero de 2023 - 09:30', '2023-01-12T09:30:00'],
    ['Veröffentlicht am 5. Juni 2021, 14:30 Uhr', '2021-06-05T14:30:00'],
    ['Stand: 05.06.2021 14:30 Uhr', '2021-06-05T14:30:00'],
    ['le 3 mars 2021', '2021-03-03'],
    ['le 1er mars 2021 vers 9h15', '2021-03-01T09:15:00'],
    ['Publié le 3 août 2021', '2021-08-03'],
    ['Publié le 3 aout 2021', '2021-08-03'],
    ['Le 12 févr. 2022', '2022-02-12'],
    ['03/15/2021', '2021-03-15'],
    ['2021/03/15', '2021-03-15'],
  ])('reads %s', (line, iso) => {
    expect(parseBylineDates(line, NOW).publishedAt).toBe(iso);
  });

  it('tells modification apart in Spanish, English and German', () => {
    expect(parseBylineDates('Publicado el 2 de mayo de 2023. Actualizado: 3 de mayo de 2023', NOW).modifiedAt).toBe('2023-05-03');
    expect(parseBylineDates('Updated on 4 May 2023', NOW)).toEqual({ publishedAt: null, modifiedAt: '2023-05-04' });
    expect(parseBylineDates('Aktualisiert am 6. Mai 2023', NOW).modifiedAt).toBe('2023-05-06');
  });

  it('ignores dates outside the plausible range', () => {
    expect(parseBylineDates('Copyright 1744', NOW).publishedAt).toBeNull();
    expect(parseBylineDates('le 3 mars 1744', NOW).publishedAt).toBeNull();
    expect(parseBylineDates('31/02/2021', NOW).publishedAt).toBeNull();
  });

  it('does not read month names inside other words', () => {
    expect(findDates('Summary 3, 2021 and Mayotte 4 2020', NOW)).toEqual([]);
  });
});
