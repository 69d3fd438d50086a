/**
 * The import report's "Fetch these N articles": host access asked inside the
 * click, then exactly the imported links queued; a refusal or a failure is
 * said, in English and French, and nothing is queued without access.
 */
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { OptionsApp } from '../../entrypoints/options/App';
import type { FetchStatus, KiosqueApi } from '../../lib/api-types';
import { NOW, transferEnv } from './transfer-helpers';
import { byText, click, loadMessages, mount, useLocale, waitFor } from './ui-helpers';

type FetchApi = Pick<KiosqueApi, 'fetchLinks' | 'fetchStatus' | 'cancelFetch'>;

const IDLE: FetchStatus = { queued: 0, running: 0, done: 0, failed: 0, failures: [] };

function fakeFetch(fetchLinks: FetchApi['fetchLinks']): FetchApi & { statusCalls: () => number } {
  let calls = 0;
  return {
    fetchLinks: vi.fn(fetchLinks),
    fetchStatus: async () => {
      calls++;
      return IDLE;
    },
    cancelFetch: async () => ({ cancelled: 0 }),
    statusCalls: () => calls,
  };
}

const POCKET = [
  'title,url,time_added,tags,status',
  'Métro,https://lepetitjournal.com/madrid/metro,1700000000,,unread',
  'Alquiler,https://elpais.com/madrid/alquiler,1700000001,,unread',
  'Local,https://www.thelocal.es/news,1700000002,,archive',
].join('\n');

async function importPocket(root: HTMLElement): Promise<void> {
  const input = root.querySelector('input[type=file]') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([POCKET], 'part_000000.csv')], configurable: true });
  await act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await click(root.querySelectorAll('button[type=submit]')[1]);
  await waitFor(() => {
    const report = root.querySelector('[data-testid=import-report]');
    if (!report) throw new Error('no report yet');
    return report;
  });
}

function fetchButton(root: HTMLElement): HTMLButtonElement {
  const button = root.querySelector('[data-testid=import-fetch-links] button');
  if (!(button instanceof HTMLButtonElement)) throw new Error('no fetch button');
  return button;
}

describe('fetching the links of an import from its report', () => {
  it('asks for access inside the click, then queues exactly the new links', async () => {
    useLocale('en');
    const { db, transfer } = transferEnv();
    const order: string[] = [];
    const api = fakeFetch(async (ids) => {
      order.push('fetchLinks');
      return { queued: ids?.length ?? 0 };
    });
    const requestAccess = vi.fn(async () => {
      order.push('request');
      return true;
    });
    const root = mount(<OptionsApp transfer={transfer} now={() => NOW} currentFilter={null} fetchApi={api} requestAccess={requestAccess} />);
    await importPocket(root);
    const button = fetchButton(root);
    expect(button.textContent).toBe('Fetch these 3 articles');
    const statusBefore = api.statusCalls();

    // Synchronously within the click: the browser shows its prompt only during the gesture.
    button.click();
    expect(requestAccess).toHaveBeenCalledTimes(1);
    await waitFor(() => {
      if (byText(root, '[role=status]', '3 links queued.').length === 0) throw new Error('not queued yet');
    });
    expect(order).toEqual(['request', 'fetchLinks']);
    const links = (await db.articles.toArray()).filter((row) => row.kind === 'link').map((row) => row.id);
    expect([...(api.fetchLinks as ReturnType<typeof vi.fn>).mock.calls[0]?.[0]].sort()).toEqual([...links].sort());
    expect(links).toHaveLength(3);
    expect(root.querySelector('[data-testid=import-fetch-links] button')).toBeNull();
    // The fetch panel reads the queue again to follow the new jobs.
    await waitFor(() => {
      if (api.statusCalls() <= statusBefore) throw new Error('fetch panel not refreshed');
    });
  });

  it('queues nothing when access is refused, and says so in French', async () => {
    useLocale('fr');
    const { transfer } = transferEnv();
    const api = fakeFetch(async () => ({ queued: 99 }));
    const root = mount(
      <OptionsApp transfer={transfer} now={() => NOW} currentFilter={null} fetchApi={api} requestAccess={async () => false} />,
    );
    await importPocket(root);
    const button = fetchButton(root);
    expect(button.textContent).toBe('Récupérer ces 3 articles');
    await click(button);
    const refused = loadMessages('fr').fetchPermissionRefused?.message ?? '';
    await waitFor(() => {
      if (byText(root, '[data-testid=import-fetch-links] [role=alert]', refused).length === 0) throw new Error('no refusal shown');
    });
    expect(api.fetchLinks).not.toHaveBeenCalled();
    // The reader can change their mind and try again.
    expect(fetchButton(root).disabled).toBe(false);
  });

  it('shows why the queue refused the links', async () => {
    useLocale('en');
    const { transfer } = transferEnv();
    const api = fakeFetch(async () => {
      throw new Error('storage is full');
    });
    const root = mount(<OptionsApp transfer={transfer} now={() => NOW} currentFilter={null} fetchApi={api} requestAccess={async () => true} />);
    await importPocket(root);
    await click(fetchButton(root));
    const alert = await waitFor(() => {
      const el = root.querySelector('[data-testid=import-fetch-links] [role=alert]');
      if (!el) throw new Error('no error yet');
      return el;
    });
    expect(alert.textContent).toContain('storage is full');
  });

  it('offers nothing when the file had no bare links', async () => {
    useLocale('en');
    const { transfer } = transferEnv();
    const api = fakeFetch(async () => ({ queued: 0 }));
    const root = mount(<OptionsApp transfer={transfer} now={() => NOW} currentFilter={null} fetchApi={api} requestAccess={async () => true} />);
    const input = root.querySelector('input[type=file]') as HTMLInputElement;
    const backup = JSON.stringify({ format: 'kiosque', version: 1, articles: [], collections: [] });
    Object.defineProperty(input, 'files', { value: [new File([backup], 'kiosque.json')], configurable: true });
    await act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await click(root.querySelectorAll('button[type=submit]')[1]);
    await waitFor(() => {
      if (!root.querySelector('[data-testid=import-report]')) throw new Error('no report yet');
    });
    expect(root.querySelector('[data-testid=import-fetch-links]')).toBeNull();
  });
});
