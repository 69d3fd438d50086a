import type { BrowserContext, Page, Worker } from 'playwright-core';
import type { KiosqueApi } from '../../../lib/api-types.ts';

export type KiosqueMethod = keyof KiosqueApi;
type Result<M extends KiosqueMethod> = Awaited<ReturnType<KiosqueApi[M]>>;

/** What a thrown error looks like once it has crossed from the worker to Node. */
export interface WorkerError {
  name: string;
  /** KiosqueError's code, or null for an untyped error (which tests treat as a bug). */
  code: string | null;
  message: string;
}

export type Attempt<T> = { ok: true; value: T } | { ok: false; error: WorkerError };

export class KiosqueCallError extends Error {
  override readonly name = 'KiosqueCallError';
  constructor(
    readonly method: string,
    readonly error: WorkerError,
  ) {
    super(`kiosque.${method} failed: ${error.code ?? error.name}: ${error.message}`);
  }
}

/** The background may open its database before publishing the API. */
export async function waitForKiosque(worker: Worker, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ready = await worker.evaluate(
      () => typeof (globalThis as { kiosque?: unknown }).kiosque === 'object',
    );
    if (ready) return;
    if (Date.now() > deadline) {
      throw new Error('globalThis.kiosque did not appear in the service worker');
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Calls one method of the automation API inside the service worker and returns
 * the outcome as data: an exception thrown there would reach Node as a bare
 * string, losing the KiosqueError code that tests assert on.
 */
export async function attemptKiosque<M extends KiosqueMethod>(
  worker: Worker,
  method: M,
  ...args: Parameters<KiosqueApi[M]>
): Promise<Attempt<Result<M>>> {
  await waitForKiosque(worker);
  // Evaluated in the worker: no helpers from this module exist there.
  return worker.evaluate(
    async ([name, params]) => {
      const api = (globalThis as unknown as { kiosque: Record<string, (...a: unknown[]) => unknown> }).kiosque;
      const fn = api[name];
      if (typeof fn !== 'function') {
        return { ok: false, error: { name: 'TypeError', code: null, message: `kiosque.${name} is not a function` } };
      }
      try {
        return { ok: true, value: await fn.apply(api, params) };
      } catch (thrown) {
        const err = thrown as { name?: unknown; code?: unknown; message?: unknown };
        return {
          ok: false,
          error: {
            name: typeof err?.name === 'string' ? err.name : 'Error',
            code: typeof err?.code === 'string' ? err.code : null,
            message: typeof err?.message === 'string' ? err.message : String(thrown),
          },
        };
      }
    },
    [method, args] as [string, unknown[]],
  ) as Promise<Attempt<Result<M>>>;
}

export async function callKiosque<M extends KiosqueMethod>(
  worker: Worker,
  method: M,
  ...args: Parameters<KiosqueApi[M]>
): Promise<Result<M>> {
  const outcome = await attemptKiosque(worker, method, ...args);
  if (!outcome.ok) throw new KiosqueCallError(method, outcome.error);
  return outcome.value;
}

/** The tab id as the extension sees it (Playwright has no notion of it). */
export async function tabIdFor(worker: Worker, url: string): Promise<number> {
  const id = await worker.evaluate(async (wanted) => {
    type Tab = { id?: number; url?: string; pendingUrl?: string };
    const tabsApi = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Tab[]> } } }).chrome.tabs;
    const tabs = await tabsApi.query({});
    const match = tabs.find((tab) => tab.url === wanted || tab.pendingUrl === wanted);
    return match?.id ?? null;
  }, url);
  if (id === null) throw new Error(`No tab shows ${url}`);
  return id;
}

/**
 * Opens the popup as a tab (Playwright cannot click the toolbar button), at
 * the popup's own width and Chrome's maximum popup height, so that a
 * screenshot shows what the reader sees.
 */
export async function openPopup(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 380, height: 600 });
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  return page;
}

/**
 * The id of the focused tab. Without the `tabs` permission the extension
 * cannot read the URL of chrome:// or about: tabs, so tests bring a page to
 * the front and ask which tab is active instead.
 */
export async function activeTabId(worker: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await worker.evaluate(async () => {
    type Tab = { id?: number };
    const tabsApi = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Tab[]> } } }).chrome.tabs;
    const [tab] = await tabsApi.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  });
  if (id === null) throw new Error('No active tab');
  return id;
}
