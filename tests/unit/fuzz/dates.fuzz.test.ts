/** The date parsers on any text: never throw, and every date they return is real and in range. */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { findDates, parseBylineDates, parseDate } from '../../../core/extract/dates';
import { FUZZ_RUNS } from './budget';

const NOW = new Date('2026-11-27T12:00:00Z');
const MIN_MS = Date.UTC(1990, 0, 1);
const MAX_MS = NOW.getTime() + 2 * 24 * 3600 * 1000;

/** Fragments of real date lines in the languages the extractor reads, plus noise. */
const token = fc.constantFrom(
  '2024', '1989', '0000', '9999', '12', '31', '32', '02', '29', '30', '00', '24', '60', '-', '/', '.', ':', 'T', 'Z', '+02:00',
  '-0530', ' ', ',', 'janvier', 'février', 'mars', 'abril', 'mayo', 'März', 'Dezember', 'January', 'Sept.', 'le', 'de', 'el',
  'am', 'à', 'h', 'Publié', 'Mis à jour', 'Actualizado', 'Updated', 'publiziert', '1700000000', '1700000000000', 'GMT',
  'Mon,', 'lundi', '1er', '3rd', 'noon', '٢٠٢٤', '２０２４', '\u200f', 'NaN', 'Infinity', '1e21',
);
const dateish = fc.array(token, { maxLength: 14 }).map((t) => t.join(''));
const spaced = fc.array(token, { maxLength: 14 }).map((t) => t.join(' '));
const anyText = fc.oneof(dateish, spaced, fc.string({ unit: 'grapheme', maxLength: 120 }));

function sane(iso: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}(?:\.\d{3}Z)?)?$/.test(iso)) return false;
  // Zone-less dates are read as UTC here: the parser keeps them local.
  const ms = Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso.endsWith('Z') ? iso : `${iso}Z`);
  return Number.isFinite(ms) && ms >= MIN_MS && ms <= MAX_MS;
}

describe('date parsers under fuzzing', () => {
  it('parseDate returns null or a valid ISO date between 1990 and tomorrow', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const iso = parseDate(text, NOW);
        return iso === null || sane(iso);
      }),
      { numRuns: FUZZ_RUNS.parseDate },
    );
  });

  it('findDates only reports sane dates at positions inside the text', () => {
    fc.assert(
      fc.property(anyText, (text) =>
        findDates(text, NOW).every((d) => sane(d.iso) && d.index >= 0 && d.index <= d.end && d.end <= text.length),
      ),
      { numRuns: FUZZ_RUNS.findDates },
    );
  });

  it('parseBylineDates returns null or sane dates for any byline', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { publishedAt, modifiedAt } = parseBylineDates(text, NOW);
        return (publishedAt === null || sane(publishedAt)) && (modifiedAt === null || sane(modifiedAt));
      }),
      { numRuns: FUZZ_RUNS.bylineDates },
    );
  });
});
