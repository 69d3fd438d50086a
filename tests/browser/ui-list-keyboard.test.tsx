import { beforeEach, describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { byLabel, key, type, useLocale, waitFor } from './ui-helpers';
import { rowsOf, setupPopup, titles } from './ui-list-env';

beforeEach(() => {
  useLocale('en');
});

const activeRow = () => (document.activeElement instanceof HTMLElement && document.activeElement.matches('.row') ? document.activeElement : null);
const activeTitle = () => activeRow()?.querySelector('.row__title')?.textContent?.replace('Unread', '').trim();

async function press(keyName: string, target: Element = document.activeElement ?? document.body): Promise<void> {
  await key(target, keyName);
}

describe('popup keyboard', () => {
  it('moves with j and k through the rows, with one row in the tab order', async () => {
    const { root } = await setupPopup();
    await press('j', document.body);
    await waitFor(() => expect(activeTitle()).toBe('Newest Lisbon story'));
    await press('j');
    await waitFor(() => expect(activeTitle()).toBe('Middle Madrid story'));
    expect(rowsOf(root).filter((r) => r.tabIndex === 0)).toHaveLength(1);
    expect(activeRow()?.classList.contains('row--active')).toBe(true);
    await press('k');
    await waitFor(() => expect(activeTitle()).toBe('Newest Lisbon story'));
    // k at the top stays there; the arrows work too once a row has focus.
    await press('k');
    expect(activeTitle()).toBe('Newest Lisbon story');
    await press('ArrowDown');
    await waitFor(() => expect(activeTitle()).toBe('Middle Madrid story'));
    await press('End');
    await waitFor(() => expect(activeTitle()).toBe('Older Madrid story'));
    await press('j');
    expect(activeTitle()).toBe('Older Madrid story');
  });

  it('r toggles read, f favourites, e archives the focused row', async () => {
    const { root, env } = await setupPopup();
    await press('j', document.body);
    await waitFor(() => expect(activeTitle()).toBe('Newest Lisbon story'));
    await press('r');
    await waitFor(() => expect(rowsOf(root)[0]?.className).not.toContain('row--unread'));
    expect((await env.services.getArticle('b')).status).toBe('read');
    await press('r');
    await waitFor(() => expect(rowsOf(root)[0]?.className).toContain('row--unread'));
    await press('f');
    await waitFor(() => expect(byLabel(rowsOf(root)[0]!, 'Favourite')?.getAttribute('aria-pressed')).toBe('true'));
    expect((await env.services.getArticle('b')).favourite).toBe(true);
    await press('e');
    await waitFor(() => expect(rowsOf(root)[0]?.querySelector('.row__meta')?.textContent).toContain('Archived'));
    expect((await env.services.getArticle('b')).status).toBe('archived');
    await press('e');
    await waitFor(() => expect(rowsOf(root)[0]?.querySelector('.row__meta')?.textContent).not.toContain('Archived'));
    expect((await env.services.getArticle('b')).status).toBe('read');
  });

  it('acts on a row reached with Tab, before any j or k', async () => {
    const { root } = await setupPopup();
    await act(async () => rowsOf(root)[0]!.focus());
    await press('r');
    await waitFor(() => expect(rowsOf(root)[0]?.className).not.toContain('row--unread'));
  });

  it('o and Enter open the focused row in the reader', async () => {
    const { openReader } = await setupPopup();
    await press('j', document.body);
    await press('j');
    await waitFor(() => expect(activeTitle()).toBe('Middle Madrid story'));
    await press('o');
    await waitFor(() => expect(openReader).toHaveBeenLastCalledWith('c'));
    await press('j');
    await waitFor(() => expect(activeTitle()).toBe('Untagged link'));
    await press('Enter');
    await waitFor(() => expect(openReader).toHaveBeenLastCalledWith('d'));
  });

  it('/ focuses the search; letters typed there are text, and Escape returns to the list', async () => {
    const { root, env } = await setupPopup();
    const search = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    await press('/', document.body);
    expect(document.activeElement).toBe(search);
    // j, r, e, f inside the field do nothing to the list.
    for (const letter of ['j', 'r', 'e', 'f']) await press(letter, search);
    expect(activeRow()).toBeNull();
    expect((await env.services.getArticle('b')).status).toBe('unread');
    await type(search, 'madrid');
    await waitFor(() => expect([...titles(root)].sort()).toEqual(['Middle Madrid story', 'Older Madrid story']));
    await press('Escape', search);
    await waitFor(() => expect(activeRow()).not.toBeNull());
    await press('j');
    await waitFor(() => expect(rowsOf(root).indexOf(activeRow()!)).toBe(1));
  });

  it('ignores shortcuts with a modifier, so browser keys keep working', async () => {
    await setupPopup();
    await act(async () => {
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', ctrlKey: true, bubbles: true }));
    });
    expect(activeRow()).toBeNull();
  });
});
