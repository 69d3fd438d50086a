import { describe, expect, it } from 'vitest';
import { formatCompactCount, formatCount } from '../../lib/format';

// Intl puts narrow no-break spaces in French figures.
const spaces = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('counts in the reader locale', () => {
  it('groups digits as the locale does', () => {
    expect(formatCount(10000, 'en-GB')).toBe('10,000');
    expect(spaces(formatCount(10000, 'fr-FR'))).toBe('10 000');
    expect(formatCount(7, 'fr')).toBe('7');
  });

  it('shortens counts from a thousand up in filter options, and only those', () => {
    expect(formatCompactCount(999, 'en')).toBe('999');
    expect(formatCompactCount(1234, 'en')).toBe('1.2K');
    expect(formatCompactCount(100000, 'en')).toBe('100K');
    expect(spaces(formatCompactCount(1234, 'fr'))).toBe('1,2 k');
  });

  it('falls back to English on a malformed tag instead of throwing, as dates do', () => {
    expect(() => formatCount(1500, 'not a locale!')).not.toThrow();
    expect(formatCount(1500, 'not a locale!')).toBe('1,500');
  });
});
