import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { controlsOf, dayBound, DEFAULT_CONTROLS, filterOf, hasFacets, queryOf } from '../../components/list-controls';
import { shortcutFor } from '../../entrypoints/popup/use-shortcuts';

describe('list controls to ListQuery', () => {
  it('leaves every facet out when nothing is chosen', () => {
    expect(queryOf(DEFAULT_CONTROLS)).toEqual({ query: '', filter: {}, sort: 'savedAt' });
    expect(hasFacets(DEFAULT_CONTROLS)).toBe(false);
  });

  it('maps each control to its facet, favourite apart from the statuses', () => {
    const controls = { ...DEFAULT_CONTROLS, query: '  musée ', edition: '', theme: 'sport' as const, site: 'elpais.com', status: 'favourite' as const, sort: 'site' as const, collectionId: 'c1' };
    expect(queryOf(controls)).toEqual({
      query: 'musée',
      filter: { editionIds: [''], themeIds: ['sport'], sites: ['elpais.com'], favourite: true },
      sort: 'site',
      sortWhenSearching: true,
      collectionId: 'c1',
    });
    expect(filterOf({ ...DEFAULT_CONTROLS, status: 'archived' })).toEqual({ statuses: ['archived'] });
    expect(hasFacets(controls)).toBe(true);
  });

  it('ranks search results unless the reader picks a sort', () => {
    expect(queryOf({ ...DEFAULT_CONTROLS, query: 'bus' })).toEqual({ query: 'bus', filter: {}, sort: 'savedAt' });
    expect(queryOf({ ...DEFAULT_CONTROLS, query: 'bus', sort: 'publishedAt' })).toEqual({ query: 'bus', filter: {}, sort: 'publishedAt', sortWhenSearching: true });
    expect(queryOf({ ...DEFAULT_CONTROLS, sort: 'site' })).toEqual({ query: '', filter: {}, sort: 'site' });
  });

  it('turns calendar days into inclusive local bounds, swaps an inverted range, and ignores a bad day', () => {
    const from = dayBound('2026-11-01', false)!;
    const to = dayBound('2026-11-03', true)!;
    expect(new Date(from).getHours()).toBe(0);
    expect([new Date(to).getDate(), new Date(to).getHours(), new Date(to).getMilliseconds()]).toEqual([3, 23, 999]);
    expect(filterOf({ ...DEFAULT_CONTROLS, from: '2026-11-01', to: '2026-11-03', dateField: 'publishedAt' })).toEqual({ from, to, dateField: 'publishedAt' });
    expect(filterOf({ ...DEFAULT_CONTROLS, from: '2026-11-03', to: '2026-11-01' })).toEqual({ from, to, dateField: 'savedAt' });
    expect(dayBound('2026-02-31', false)).toBeNull();
    expect(dayBound('yesterday', false)).toBeNull();
    expect(dayBound('', true)).toBeNull();
    expect(filterOf({ ...DEFAULT_CONTROLS, to: 'not a day' })).toEqual({});
  });

  it('reopens a saved filter in the shape the selects edit', () => {
    const filter = filterOf({ ...DEFAULT_CONTROLS, edition: 'madrid', status: 'unread', from: '2026-11-01' });
    expect(controlsOf('culture', filter)).toMatchObject({ query: 'culture', edition: 'madrid', status: 'unread', from: '2026-11-01', to: '' });
  });
});

describe('popup key map', () => {
  const ev = (key: string, target: Element, mods: KeyboardEventInit = {}) => {
    const event = new KeyboardEvent('keydown', { key, ...mods });
    Object.defineProperty(event, 'target', { value: target });
    return event;
  };
  const body = document.body;
  const input = document.createElement('input');
  const checkbox = Object.assign(document.createElement('input'), { type: 'checkbox' });

  it('maps the letters outside fields, and nothing but Escape inside them', () => {
    expect(['/', 'j', 'k', 'o', 'r', 'e', 'f'].map((k) => shortcutFor(ev(k, body), false))).toEqual(['search', 'next', 'previous', 'open', 'read', 'archive', 'favourite']);
    expect(shortcutFor(ev('j', input), false)).toBeNull();
    expect(shortcutFor(ev('Escape', input), false)).toBe('leave');
    expect(shortcutFor(ev('j', checkbox), false)).toBe('next');
    expect(shortcutFor(ev('j', body, { ctrlKey: true }), false)).toBeNull();
  });

  it('keeps Enter and the arrows for the focused control unless a row has focus', () => {
    expect(shortcutFor(ev('Enter', body), false)).toBeNull();
    expect(shortcutFor(ev('Enter', body), true)).toBe('open');
    expect(shortcutFor(ev('ArrowDown', body), false)).toBeNull();
    expect(shortcutFor(ev('ArrowDown', body), true)).toBe('next');
    expect(shortcutFor(ev('PageDown', body), true)).toBe('next');
    expect(shortcutFor(ev('PageUp', body), true)).toBe('previous');
  });
});

/** WCAG 2.x relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(1 + i, 3 + i), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
function palette(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--([a-z-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]));
}

describe('theme colours', () => {
  const css = readFileSync(path.resolve(__dirname, '../../components/theme.css'), 'utf8');
  const light = palette(css.slice(css.indexOf(':root'), css.indexOf('@media (prefers-color-scheme: dark)')));
  const dark = { ...light, ...palette(css.slice(css.indexOf('@media (prefers-color-scheme: dark)'))) };
  // Every text colour the popup draws, on every background it draws it on.
  const pairs = [
    ['text', 'bg'], ['text', 'surface'], ['muted', 'bg'], ['muted', 'surface'], ['muted', 'accent-soft'],
    ['accent', 'bg'], ['accent', 'surface'], ['accent', 'accent-soft'], ['accent-text', 'accent'],
    ['unread', 'bg'], ['unread', 'surface'], ['danger', 'danger-soft'], ['danger', 'surface'],
  ] as const;

  it.each([['light', light], ['dark', dark]] as const)('meets AA (4.5:1) for text in the %s theme', (_name, colours) => {
    for (const [fg, bg] of pairs) {
      expect(colours[fg], fg).toMatch(/^#/);
      expect(contrast(colours[fg]!, colours[bg]!), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    }
  });
});
