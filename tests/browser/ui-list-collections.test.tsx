import { beforeEach, describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { byLabel, byText, choose, click, type, useLocale, waitFor } from './ui-helpers';
import { rowsOf, setupPopup, titles } from './ui-list-env';

beforeEach(() => {
  useLocale('en');
});

const sourceSelect = (root: HTMLElement) => root.querySelector<HTMLSelectElement>('select[aria-label="Show"]');
const editionSelect = (root: HTMLElement) =>
  [...root.querySelectorAll('label')].find((l) => l.querySelector('.filters__label')?.textContent === 'Edition')?.querySelector('select');

async function submit(form: Element | null | undefined): Promise<void> {
  if (!(form instanceof HTMLFormElement)) throw new Error('no form');
  await act(async () => {
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
}

describe('collections in the popup', () => {
  it('saves the current query and filters as a named search and opens it as the source', async () => {
    const { root, env } = await setupPopup();
    await type(root.querySelector('input[type="search"]'), 'story');
    await choose(editionSelect(root), 'madrid');
    await waitFor(() => expect([...titles(root)].sort()).toEqual(['Middle Madrid story', 'Older Madrid story']));
    await click(byText(root, 'button', 'Save this search')[0]);
    const name = root.querySelector<HTMLInputElement>('input[aria-label="Name of the saved search"]');
    expect(name?.value).toBe('“story” · Madrid');
    await submit(name?.form);
    await waitFor(() => expect(sourceSelect(root)?.selectedOptions[0]?.textContent).toBe('“story” · Madrid'));
    const [saved] = await env.services.listCollections();
    expect(saved).toMatchObject({ kind: 'search', name: '“story” · Madrid', query: 'story', filter: { editionIds: ['madrid'] } });
    // The saved search is now the source; the controls are clear and the same two rows show.
    expect(root.querySelector<HTMLInputElement>('input[type="search"]')?.value).toBe('');
    await waitFor(() => expect([...titles(root)].sort()).toEqual(['Middle Madrid story', 'Older Madrid story']));
    // Back to the whole library, then delete the saved search.
    await choose(sourceSelect(root), '');
    await waitFor(() => expect(titles(root)).toHaveLength(4));
    await choose(sourceSelect(root), saved!.id);
    await click(byText(root, 'button', 'Delete this saved search')[0]);
    await waitFor(() => expect(titles(root)).toHaveLength(4));
    expect(await env.services.listCollections()).toEqual([]);
  });

  it('adds the article to a new manual collection from its row, shows the collection, and removes it again', async () => {
    const { root, env } = await setupPopup();
    const row = rowsOf(root).find((r) => r.textContent?.includes('Untagged link'))!;
    await click(byLabel(row, 'Collections of “Untagged link”'));
    const dialog = row.querySelector('[role="dialog"]');
    expect(dialog?.textContent).toContain('No collection yet.');
    await type(dialog?.querySelector('input[type="text"]'), 'To read on the plane');
    await submit(dialog?.querySelector('form'));
    const ticked = () => rowsOf(root).find((r) => r.textContent?.includes('Untagged link'))?.querySelector<HTMLInputElement>('[role="dialog"] input[type="checkbox"]');
    await waitFor(() => expect(ticked()?.checked).toBe(true));
    expect(ticked()?.parentElement?.textContent).toBe('To read on the plane');
    const [plane] = await env.services.listCollections();
    expect((await env.services.getArticle('d')).collectionIds).toEqual([plane!.id]);

    // Open the collection as the list's source: only its member shows.
    await choose(sourceSelect(root), plane!.id);
    await waitFor(() => expect(titles(root)).toEqual(['Untagged link']));
    // Unticking removes it, and the collection's list empties.
    const box = rowsOf(root)[0]!.querySelector<HTMLInputElement>('[role="dialog"] input[type="checkbox"]') ?? null;
    if (!box) await click(byLabel(rowsOf(root)[0]!, 'Collections of “Untagged link”'));
    const checkbox = rowsOf(root)[0]!.querySelector<HTMLInputElement>('[role="dialog"] input[type="checkbox"]')!;
    expect(checkbox.checked).toBe(true);
    await act(async () => {
      checkbox.checked = false;
      checkbox.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await waitFor(() => expect(root.querySelector('.empty')?.textContent).toBe('No article matches these filters.'));
    expect((await env.services.getArticle('d')).collectionIds ?? []).toEqual([]);
  });
});
