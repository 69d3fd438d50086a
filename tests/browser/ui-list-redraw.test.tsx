/**
 * A filter change must not redraw rows that look the same: at 10k articles
 * the redraws, not the query, were most of a filter toggle. Each row formats
 * its date exactly once per draw, so counting formatDate calls counts draws.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArticleRowProps } from '../../components/article-row';
import { sameRow } from '../../components/article-row';
import type { ListPage, ListQuery } from '../../lib/api-types';
import { formatDate } from '../../lib/format';
import { fakeSummary } from '../factories';
import { testEnv } from './support/kiosque-env';
import { choose, useLocale, waitFor } from './ui-helpers';
import { mountPopup, rowsOf, sampleArticles, seed, titles } from './ui-list-env';

vi.mock('../../lib/format', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../lib/format')>();
  return { ...real, formatDate: vi.fn(real.formatDate) };
});

const draws = vi.mocked(formatDate);

const selectNamed = (root: HTMLElement, label: string) =>
  [...root.querySelectorAll('label')].find((l) => l.querySelector('.filters__label')?.textContent === label)?.querySelector('select');

beforeEach(() => {
  useLocale('en');
});

/** The real services, with list answers held back until the test lets them through. */
async function heldPopup() {
  const env = testEnv();
  await seed(env, sampleArticles());
  let holding = false;
  const waiting: (() => void)[] = [];
  const api = Object.create(env.services) as typeof env.services;
  api.queryList = (query: ListQuery): Promise<ListPage> => {
    const answer = env.services.queryList(query);
    if (!holding) return answer;
    return new Promise<void>((resolve) => waiting.push(resolve)).then(() => answer);
  };
  const popup = mountPopup(env, { api });
  await waitFor(() => expect(rowsOf(popup.root)).toHaveLength(4));
  return {
    ...popup,
    hold: () => (holding = true),
    release: () => {
      holding = false;
      for (const go of waiting.splice(0)) go();
    },
  };
}

describe('popup rows redraw only when they change', () => {
  it('keeps every row as it is while a filter change is being answered, then draws the answer', async () => {
    const { root, hold, release } = await heldPopup();
    const before = rowsOf(root);
    draws.mockClear();
    hold();
    await choose(selectNamed(root, 'Edition'), 'madrid');
    // The controls changed, the rows did not: none is drawn again, and the same elements stay.
    expect(draws).not.toHaveBeenCalled();
    expect(rowsOf(root)).toEqual(before);
    expect(titles(root)).toEqual(['Newest Lisbon story', 'Middle Madrid story', 'Untagged link', 'Older Madrid story']);
    release();
    await waitFor(() => expect(titles(root)).toEqual(['Middle Madrid story', 'Older Madrid story']));
    // Only the two rows of the answer were drawn, once each.
    expect(draws).toHaveBeenCalledTimes(2);
  });

  it('draws the rows of a narrower answer once each, not once more as the filter changes', async () => {
    const { root } = await heldPopup();
    const second = rowsOf(root)[1];
    draws.mockClear();
    await choose(selectNamed(root, 'Theme'), 'sport');
    await waitFor(() => expect(titles(root)).toEqual(['Newest Lisbon story', 'Middle Madrid story']));
    // Each visible row drew once for its new position in the shorter list, no more.
    expect(draws.mock.calls.length).toBeLessThanOrEqual(2);
    expect(rowsOf(root)[1]).toBe(second);
  });
});

describe('sameRow', () => {
  const base = (): ArticleRowProps => {
    const noop = () => undefined;
    return {
      article: fakeSummary({ id: 'x' }),
      index: 3,
      total: 10,
      active: false,
      onFocusRow: noop,
      collections: [],
      editions: [],
      lang: 'en',
      locale: 'en-GB',
      now: 0,
      href: 'reader.html?id=x',
      style: { position: 'absolute', top: '312px', height: '104px' },
      onOpen: noop,
      onToggleRead: noop,
      onToggleArchive: noop,
      onToggleFavourite: noop,
      onDelete: noop,
      onTagsChange: noop,
      onMembership: noop,
      onCreateCollection: noop,
    };
  };

  it('treats a fresh style object at the same place as the same row', () => {
    const a = base();
    expect(sameRow(a, { ...a, style: { ...a.style } })).toBe(true);
  });

  it('sees every change that shows: the article, its place, its state, the clock and the handlers', () => {
    const a = base();
    const changes: Partial<ArticleRowProps>[] = [
      { article: { ...a.article } },
      { index: 4 },
      { total: 11 },
      { active: true },
      { style: { ...a.style, top: '416px' } },
      { lang: 'fr' },
      { locale: 'fr-FR' },
      { now: 60_000 },
      { href: 'reader.html?id=y' },
      { collections: [] },
      { editions: [] },
      { onOpen: () => undefined },
      { onFocusRow: () => undefined },
    ];
    for (const change of changes) expect(sameRow(a, { ...a, ...change })).toBe(false);
  });
});
