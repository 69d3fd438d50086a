import { describe, expect, it } from 'vitest';
import { THEME_IDS } from '../../core/model';

describe('theme taxonomy', () => {
  it('has the 17 IPTC top-level subjects plus the two expat themes, without repeats', () => {
    expect(THEME_IDS).toHaveLength(19);
    expect(new Set(THEME_IDS).size).toBe(19);
    expect(THEME_IDS).toContain('expat-life');
    expect(THEME_IDS).toContain('travel-transport');
  });
});
