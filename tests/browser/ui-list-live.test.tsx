import { beforeEach, describe, expect, it } from 'vitest';
import { KiosqueDb } from '../../lib/db/schema';
import { createServices } from '../../lib/services';
import { byLabel, byText, click, useLocale, waitFor } from './ui-helpers';
import { mountPopup, NOW, rowsOf, setupPopup, titles } from './ui-list-env';

beforeEach(() => {
  useLocale('en');
});

describe('popups and writes from elsewhere', () => {
  it('keeps two popups open at once in step, each on its own connection', async () => {
    const first = await setupPopup();
    // A second page of the extension opens its own Dexie connection to the same database.
    const db2 = new KiosqueDb(first.env.db.name);
    const services2 = createServices({ db: () => db2, now: () => NOW, newId: () => 'unused' });
    const second = mountPopup(first.env, { api: services2, db: db2 });
    await waitFor(() => expect(titles(second.root)).toHaveLength(4));

    await click(byLabel(rowsOf(first.root)[0]!, 'Mark as read'));
    await waitFor(() => expect(rowsOf(second.root)[0]?.className).not.toContain('row--unread'));
    await click(byLabel(rowsOf(second.root)[1]!, 'Favourite'));
    await waitFor(() => expect(byLabel(rowsOf(first.root)[1]!, 'Favourite')?.getAttribute('aria-pressed')).toBe('true'));
    db2.close();
  });

  it('drops a row deleted elsewhere while it is shown', async () => {
    const { root, env } = await setupPopup();
    expect(titles(root)).toContain('Middle Madrid story');
    await env.services.deleteArticle('c');
    await waitFor(() => expect(titles(root)).not.toContain('Middle Madrid story'));
    expect(root.querySelector('.list__count')?.textContent).toBe('3 articles');
    expect(rowsOf(root).map((r) => r.getAttribute('aria-setsize'))).toEqual(['3', '3', '3']);
  });

  it('reports an action on a row that was deleted before the list caught up, then drops it', async () => {
    // No live signal here: the row stays on screen after the delete, as in the moment before a refresh.
    const { root, env } = await setupPopup(undefined, { live: false });
    await env.services.deleteArticle('b');
    expect(titles(root)[0]).toBe('Newest Lisbon story');
    await click(byLabel(rowsOf(root)[0]!, 'Mark as read'));
    await waitFor(() => expect(root.querySelector('[role="alert"]')?.textContent).toBe('This article no longer exists.'));
    await waitFor(() => expect(titles(root)).not.toContain('Newest Lisbon story'));
  });
});

describe('My cities', () => {
  it('groups unread articles by edition and opens one edition’s unread list', async () => {
    const { root, env } = await setupPopup();
    await click(byText(root, '.views__tab', 'My cities')[0]);
    await waitFor(() => expect(root.querySelectorAll('.city')).toHaveLength(2));
    const headings = [...root.querySelectorAll('.city__heading')].map((h) => h.textContent);
    // Read and untagged articles are left out: Madrid has one unread ('c'), Lisbon one ('b').
    expect(headings).toEqual(['Lisbon 1 unread', 'Madrid 1 unread']);
    expect([...root.querySelectorAll('.city__link')].map((a) => a.textContent)).toEqual(['Newest Lisbon story', 'Middle Madrid story']);
    // Reading one elsewhere updates the view.
    await env.services.setStatus('b', 'read');
    await waitFor(() => expect(root.querySelectorAll('.city')).toHaveLength(1));
  });

  it('offers the whole unread list of an edition with more than a glance of rows', async () => {
    const { fakeArticle, fakeEdition } = await import('../factories');
    const many = Array.from({ length: 5 }, (_, i) =>
      fakeArticle({ id: `m${i}`, title: `Madrid unread ${i}`, savedAt: NOW - i * 1000, edition: fakeEdition(), status: 'unread' }),
    );
    const { root } = await setupPopup([...many, fakeArticle({ id: 'r', title: 'Madrid read', edition: fakeEdition(), status: 'read' })]);
    await click(byText(root, '.views__tab', 'My cities')[0]);
    await waitFor(() => expect(root.querySelectorAll('.city__link')).toHaveLength(3));
    await click(byText(root, '.city button', 'All 5 unread from Madrid')[0]);
    await waitFor(() => expect(titles(root)).toHaveLength(5));
    expect(titles(root)).not.toContain('Madrid read');
    const selects = [...root.querySelectorAll('select')].map((s) => s.value);
    expect(selects).toContain('madrid');
    expect(selects).toContain('unread');
  });
});
