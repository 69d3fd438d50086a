/** The options page: import a file and read its report, export a collection to a download, errors in both languages. */
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { IMPORT_FORMATS } from '../../core/formats/types';
import { EXPORT_FORMATS } from '../../lib/api-types';
import { OptionsApp } from '../../entrypoints/options/App';
import { selectionFromSearch } from '../../entrypoints/options/current-filter';
import { manualCollection, NOW, seed, seedArticle, transferEnv } from './transfer-helpers';
import { choose, click, loadMessages, mount, useLocale, waitFor } from './ui-helpers';

function must<T>(value: T | null): T {
  if (value === null) throw new Error('not rendered yet');
  return value;
}

async function pickFiles(input: HTMLInputElement, files: File[]): Promise<void> {
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  await act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('options page', () => {
  it('has every format name and message in English and French', () => {
    for (const lang of ['en', 'fr'] as const) {
      const messages = loadMessages(lang);
      for (const f of EXPORT_FORMATS) expect(messages[`exportFormat_${f.replace(/-/g, '_')}`]?.message).toBeTruthy();
      for (const f of IMPORT_FORMATS) expect(messages[`importFormat_${f.replace(/-/g, '_')}`]?.message).toBeTruthy();
      for (const phase of ['reading', 'parsing', 'tagging', 'writing', 'done']) expect(messages[`importPhase_${phase}`]?.message).toBeTruthy();
    }
  });

  it('imports a Pocket file and shows the report', async () => {
    useLocale('en');
    const { db, transfer } = transferEnv();
    const root = mount(<OptionsApp transfer={transfer} now={() => NOW} currentFilter={null} />);
    const csv = 'title,url,time_added,tags,status\nA,https://a.example/,1700000000,x,unread\nB,ftp://b.example/,1700000000,,unread\n';
    await pickFiles(root.querySelector('input[type=file]') as HTMLInputElement, [new File([csv], 'part_000000.csv')]);
    await click(root.querySelectorAll('button[type=submit]')[1]);
    const report = await waitFor(() => must(root.querySelector('[data-testid=import-report]')));
    expect(report.textContent).toContain('Added: 1');
    expect(report.textContent).toContain('Not imported: 1');
    expect(report.textContent).toContain('line 3');
    expect(await db.articles.count()).toBe(1);
  });

  it('shows a failed file in French with the line it failed on', async () => {
    useLocale('fr');
    const { transfer } = transferEnv();
    const root = mount(<OptionsApp transfer={transfer} now={() => NOW} currentFilter={null} />);
    const broken = 'title,url,time_added,tags,status\n"Cassé,https://a.example/,1700000000,,unread\n';
    await pickFiles(root.querySelector('input[type=file]') as HTMLInputElement, [new File([broken], 'part_000000.csv')]);
    await click(root.querySelectorAll('button[type=submit]')[1]);
    const report = await waitFor(() => must(root.querySelector('[data-testid=import-report]')));
    expect(report.textContent).toContain('Rien n’a été importé'.replace('’', "'"));
    expect(report.querySelector('[role=alert]')?.textContent).toMatch(/Détails : .*line 2/);
  });

  it('exports a collection to a download link', async () => {
    useLocale('en');
    const { db, transfer } = transferEnv();
    await seed(db, [seedArticle({ collectionIds: ['c-1'] }), seedArticle()], [manualCollection('c-1', 'Madrid à lire')]);
    const created = vi.fn((_: Blob | MediaSource) => 'blob:kiosque/1');
    URL.createObjectURL = created;
    URL.revokeObjectURL = vi.fn();
    const root = mount(<OptionsApp transfer={transfer} now={() => NOW} currentFilter={null} />);
    await waitFor(() => must(root.querySelector('option[value="c:c-1"]')));
    await choose(root.querySelector('select[name=selection]'), 'c:c-1');
    await choose(root.querySelector('select[name=format]'), 'csv');
    await click(root.querySelector('button[type=submit]'));
    const link = await waitFor(() => must(root.querySelector<HTMLAnchorElement>('[data-testid=export-download]')));
    expect(link.download).toBe('kiosque-madrid-a-lire-2026-11-27.csv');
    const blob = created.mock.calls[0]?.[0] as Blob;
    expect(blob.type).toBe('text/csv');
    expect(root.querySelector('progress')?.getAttribute('value')).toBe('1');
  });

  it('reads the popup’s current filter from the address, and ignores one that does not parse', () => {
    expect(selectionFromSearch('?query=metro&filter=%7B%22statuses%22%3A%5B%22unread%22%5D%7D')).toEqual({
      kind: 'query',
      query: 'metro',
      filter: { statuses: ['unread'] },
    });
    expect(selectionFromSearch('')).toBeNull();
    expect(selectionFromSearch('?filter=%7Bnope')).toBeNull();
    expect(selectionFromSearch('?filter=%5B1%5D')).toBeNull();
  });
});
