/**
 * Rendering helpers for the UI tests: Preact's own `act`, real DOM events, and
 * the English messages served through the fake browser's i18n (which WXT's
 * fake browser leaves unimplemented).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ComponentChild } from 'preact';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Messages = Record<string, { message: string }>;

export function loadMessages(lang: 'en' | 'fr'): Messages {
  const file = path.resolve(__dirname, `../../public/_locales/${lang}/messages.json`);
  return JSON.parse(readFileSync(file, 'utf8')) as Messages;
}

/** Mirrors Chrome: `$1`..`$9` take the substitutions, `$$` is a dollar, an unknown key gives ''. */
export function useLocale(lang: 'en' | 'fr' = 'en'): Messages {
  const messages = loadMessages(lang);
  fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) => {
    const entry = messages[key];
    if (!entry) return '';
    const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    return entry.message.replace(/\$(\d|\$)/g, (_, d: string) => (d === '$' ? '$' : (list[Number(d) - 1] ?? '')));
  }) as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => lang;
  return messages;
}

let mounted: HTMLElement[] = [];
afterEach(() => {
  for (const el of mounted) {
    render(null, el);
    el.remove();
  }
  mounted = [];
});

export function mount(node: ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  mounted.push(root);
  act(() => render(node, root));
  return root;
}

/** Retries an assertion until it passes, flushing Preact's effects in between. */
export async function waitFor<T>(check: () => T, timeoutMs = 2000): Promise<T> {
  const start = Date.now();
  for (;;) {
    try {
      return check();
    } catch (error) {
      if (Date.now() - start > timeoutMs) throw error;
      await act(async () => {
        await new Promise((resolve) => setTimeout(resolve, 10));
      });
    }
  }
}

export async function click(el: Element | null | undefined): Promise<void> {
  if (!(el instanceof HTMLElement)) throw new Error(`click: no element (${String(el)})`);
  await act(async () => {
    el.click();
  });
}

export async function type(el: Element | null | undefined, value: string): Promise<void> {
  if (!(el instanceof HTMLInputElement)) throw new Error('type: not an input');
  await act(async () => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function choose(el: Element | null | undefined, value: string): Promise<void> {
  if (!(el instanceof HTMLSelectElement)) throw new Error('choose: not a select');
  await act(async () => {
    el.value = value;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export async function key(el: Element, keyName: string): Promise<void> {
  await act(async () => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key: keyName, bubbles: true }));
  });
}

/** Elements whose text (trimmed) equals `text`. */
export function byText(root: ParentNode, selector: string, text: string): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(selector)].filter((el) => el.textContent?.trim() === text);
}

export function byLabel(root: ParentNode, label: string): HTMLElement | null {
  return root.querySelector<HTMLElement>(`[aria-label="${label.replace(/"/g, '\\"')}"]`);
}

/** The fake browser starts with no window, so `currentWindow: true` needs one made first. */
export async function openActiveTab(url: string | null): Promise<number | undefined> {
  const { browser } = await import('wxt/browser');
  const win = await browser.windows.create({ focused: true });
  if (url === null) return undefined;
  const tab = await browser.tabs.create({ windowId: win?.id, url, active: true });
  return tab.id;
}
