import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FetchQueuePanel, type FetchApi } from '../../components/fetch-queue-panel';
import type { FetchStatus } from '../../lib/api-types';
import { byText, click, mount, useLocale, waitFor } from './ui-helpers';

const EMPTY: FetchStatus = { queued: 0, running: 0, done: 0, failed: 0, failures: [] };

function fakeApi(statuses: FetchStatus[], queued = 3) {
  let call = 0;
  return {
    fetchLinks: vi.fn(async () => ({ queued })),
    fetchStatus: vi.fn(async () => statuses[Math.min(call++, statuses.length - 1)] ?? EMPTY),
    cancelFetch: vi.fn(async () => ({ cancelled: 2 })),
  } satisfies FetchApi;
}

const wake = () => Promise.resolve();

describe('fetch queue panel', () => {
  beforeEach(() => {
    useLocale('en');
  });

  it('asks for host access first, then queues every link', async () => {
    const order: string[] = [];
    const api = fakeApi([EMPTY, { ...EMPTY, queued: 3 }]);
    api.fetchLinks.mockImplementation(async () => {
      order.push('fetchLinks');
      return { queued: 3 };
    });
    const requestAccess = vi.fn(async () => {
      order.push('permission');
      return true;
    });
    const root = mount(<FetchQueuePanel api={api} requestAccess={requestAccess} wake={wake} pollMs={20} />);
    await click(byText(root, 'button', 'Fetch articles')[0]);
    await waitFor(() => expect(root.textContent).toContain('3 links queued.'));
    expect(order).toEqual(['permission', 'fetchLinks']);
    expect(api.fetchLinks).toHaveBeenCalledWith();
  });

  it('queues nothing and says why when the reader refuses access', async () => {
    const api = fakeApi([EMPTY]);
    const root = mount(<FetchQueuePanel api={api} requestAccess={async () => false} wake={wake} />);
    await click(byText(root, 'button', 'Fetch articles')[0]);
    await waitFor(() => expect(root.querySelector('[role=alert]')?.textContent).toContain('was not allowed to read these sites'));
    expect(api.fetchLinks).not.toHaveBeenCalled();
  });

  it('shows progress while the queue runs, polls until it is done, and lists failures with their reason', async () => {
    const failures = [
      { id: 'a', url: 'https://www.thelocal.es/gone', reason: 'http-error' as const, detail: 'HTTP 404 Not Found' },
      { id: 'b', url: 'https://elpais.com/x', reason: 'too-short' as const, detail: '' },
    ];
    const api = fakeApi([
      { ...EMPTY, queued: 4, running: 1 },
      { ...EMPTY, queued: 1, running: 1, done: 2, failed: 1, failures: failures.slice(0, 1) },
      { ...EMPTY, done: 3, failed: 2, failures },
    ]);
    const wakes = vi.fn(wake);
    const root = mount(<FetchQueuePanel api={api} requestAccess={async () => true} wake={wakes} pollMs={10} />);
    await waitFor(() => expect(root.querySelector('progress')?.getAttribute('value')).toBe('0'));
    expect(root.querySelector('progress')?.getAttribute('max')).toBe('5');
    expect(byText(root, 'button', 'Stop')).toHaveLength(1);
    await waitFor(() => expect(root.querySelector('[data-testid=fetch-counts]')?.textContent).toBe('0 waiting, 0 in progress, 3 fetched, 2 failed'));
    expect(root.querySelector('progress')?.getAttribute('value')).toBe('5');
    const items = [...root.querySelectorAll('.transfer-failures li')].map((li) => li.textContent);
    expect(items).toEqual([
      'https://www.thelocal.es/gone — the site answered with an error (HTTP 404 Not Found)',
      'https://elpais.com/x — too little text (paywall, or not an article)',
    ]);
    expect(byText(root, 'button', 'Stop')).toHaveLength(0);
    expect(wakes).toHaveBeenCalled();
    // Done: polling stops.
    const calls = api.fetchStatus.mock.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(api.fetchStatus.mock.calls.length).toBe(calls);
  });

  it('stops the queue on request', async () => {
    const api = fakeApi([{ ...EMPTY, queued: 2 }, EMPTY]);
    const root = mount(<FetchQueuePanel api={api} requestAccess={async () => true} wake={wake} pollMs={1_000} />);
    await waitFor(() => expect(byText(root, 'button', 'Stop')).toHaveLength(1));
    await click(byText(root, 'button', 'Stop')[0]);
    await waitFor(() => expect(byText(root, 'button', 'Stop')).toHaveLength(0));
    expect(api.cancelFetch).toHaveBeenCalledTimes(1);
  });

  it('speaks French', async () => {
    useLocale('fr');
    const api = fakeApi([{ ...EMPTY, failed: 1, failures: [{ id: 'a', url: 'https://a.example/', reason: 'timeout', detail: '' }] }]);
    const root = mount(<FetchQueuePanel api={api} requestAccess={async () => true} wake={wake} />);
    await waitFor(() => expect(root.textContent).toContain('Non récupérés (1), gardés comme liens'));
    expect(byText(root, 'button', 'Récupérer les articles')).toHaveLength(1);
    expect(root.textContent).toContain('pas de réponse à temps');
  });

  it('reports a failure to queue as an error, not as success', async () => {
    const api = fakeApi([EMPTY]);
    api.fetchLinks.mockRejectedValue(new Error('The disk is full.'));
    const root = mount(<FetchQueuePanel api={api} requestAccess={async () => true} wake={wake} />);
    await click(byText(root, 'button', 'Fetch articles')[0]);
    await waitFor(() => expect(root.querySelector('[role=alert]')?.textContent).toContain('The disk is full.'));
    expect(root.textContent).not.toContain('queued');
  });
});
