import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../../lib/background';
import { BADGE_FAILED, BADGE_OK } from '../../lib/background/feedback';
import { SAVE_COMMAND } from '../../lib/background/commands';
import { SAVE_MENU_ID } from '../../lib/background/context-menu';
import { handleSaveTabMessage } from '../../lib/background/message-handlers';
import { messenger, requestSaveTab } from '../../lib/messaging';
import { isOwnPage } from '../../lib/sender-check';
import { kiosqueApi, kiosqueServices } from '../../lib/services';
import { openTab, stubExecuteScript, testEnv, type TestEnv } from './support/kiosque-env';

const PAGE = 'https://lepetitjournal.com/madrid/actualites/metro-ligne-11-384512';
type Listener = (...args: unknown[]) => void;

let env: TestEnv;
let menuClicked: Listener | undefined;
let commandFired: Listener | undefined;
const createMenu = vi.fn();

beforeEach(() => {
  env = testEnv();
  menuClicked = undefined;
  commandFired = undefined;
  createMenu.mockReset();
  // fakeBrowser leaves these unimplemented: capture the listeners the background registers.
  Object.assign(fakeBrowser.contextMenus, {
    create: createMenu,
    removeAll: vi.fn(() => Promise.resolve()),
    onClicked: { addListener: (l: Listener) => (menuClicked = l) },
  });
  Object.assign(fakeBrowser.commands, { onCommand: { addListener: (l: Listener) => (commandFired = l) } });
  Object.assign(fakeBrowser.i18n, {
    getMessage: (key: string) => ({ contextSavePage: 'Enregistrer cette page', error_restricted_page: 'Page protégée' })[key] ?? '',
  });
  delete globalThis.kiosque;
  messenger.removeAllListeners();
});

/** Waits until the badge of `tabId` shows something (saves run asynchronously after the event). */
async function badgeOf(tabId: number): Promise<{ text: string; title: string }> {
  for (let i = 0; i < 200; i += 1) {
    const text = await fakeBrowser.action.getBadgeText({ tabId });
    if (text) return { text, title: await fakeBrowser.action.getTitle({ tabId }) };
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('the badge never changed');
}

describe('sender check', () => {
  const self = { id: 'kiosque-id', origin: 'chrome-extension://kiosque-id/' };
  it.each([
    [{ id: 'kiosque-id', url: 'chrome-extension://kiosque-id/popup.html' }, true],
    [{ id: 'kiosque-id', url: 'chrome-extension://kiosque-id/reader.html?id=3' }, true],
    [{ id: 'kiosque-id', url: 'https://lepetitjournal.com/madrid/' }, false],
    [{ id: 'kiosque-id', url: 'chrome-extension://kiosque-id.evil/popup.html' }, false],
    [{ id: 'other-id', url: 'chrome-extension://kiosque-id/popup.html' }, false],
    [{ id: 'kiosque-id' }, false],
    [{}, false],
    [undefined, false],
  ])('%o → %s', (sender, expected) => {
    expect(isOwnPage(sender, self)).toBe(expected);
  });
});

describe('message handlers', () => {
  it('saves for the popup and answers a SaveOutcome', async () => {
    const tabId = await openTab(PAGE);
    stubExecuteScript();
    const popup = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
    const outcome = await handleSaveTabMessage(env.services, { tabId }, popup);
    expect(outcome).toMatchObject({ ok: true, created: true, article: { url: PAGE } });
    const again = await handleSaveTabMessage(env.services, { tabId }, popup);
    expect(again).toMatchObject({ ok: true, created: false });
  });

  it('serialises a failure as { code, message }', async () => {
    const tabId = await openTab('chrome://settings');
    const popup = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
    const outcome = await handleSaveTabMessage(env.services, { tabId }, popup);
    expect(outcome).toEqual({ ok: false, error: { code: 'restricted-page', message: expect.any(String), details: { reason: 'browser-page' } } });
  });

  it('refuses web pages and malformed data without saving', async () => {
    const tabId = await openTab(PAGE);
    const inject = stubExecuteScript();
    const page = { id: fakeBrowser.runtime.id, url: PAGE };
    expect(await handleSaveTabMessage(env.services, { tabId }, page)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const popup = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
    expect(await handleSaveTabMessage(env.services, { tabId: '1' }, popup)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(inject).not.toHaveBeenCalled();
  });

  /** Delivers runtime messages to the background's listener as if sent from `sender`. */
  function deliverFrom(sender: { id?: string; url?: string }) {
    // fakeBrowser's own delivery ignores promise-returning listeners and passes an empty sender.
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      const results = await fakeBrowser.runtime.onMessage.trigger(message, sender, () => undefined);
      return results[0];
    });
  }

  it('a page of the extension saves through the protocol, end to end', async () => {
    const tabId = await openTab(PAGE);
    stubExecuteScript();
    startBackground(env.services);
    deliverFrom({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });
    expect(await requestSaveTab(tabId)).toMatchObject({ ok: true, created: true, article: { url: PAGE } });
    expect(await env.db.articles.count()).toBe(1);
  });

  it('a message from anywhere else is refused through the protocol', async () => {
    const tabId = await openTab(PAGE);
    const inject = stubExecuteScript();
    startBackground(env.services);
    deliverFrom({ id: fakeBrowser.runtime.id, url: PAGE });
    expect(await requestSaveTab(tabId)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(inject).not.toHaveBeenCalled();
  });

  it('reports an unreachable background as a failed outcome rather than a rejection', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Could not establish connection.'));
    const outcome = await requestSaveTab(1);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error.message).toContain('Could not establish connection');
  });
});

describe('automation API', () => {
  it('globalThis.kiosque is the service object itself, not a copy', () => {
    startBackground();
    expect(globalThis.kiosque).toBe(kiosqueServices);
    expect(globalThis.kiosque).toBe(kiosqueApi);
    const methods = ['saveTab', 'listArticles', 'getArticle', 'deleteArticle', 'restoreArticle', 'setStatus', 'setFavourite', 'setProgress', 'setTags', 'retag'] as const;
    for (const name of methods) expect(globalThis.kiosque?.[name]).toBe(kiosqueServices[name]);
  });

  it('works against the extension database', async () => {
    startBackground();
    const tabId = await openTab(PAGE);
    stubExecuteScript();
    const saved = await globalThis.kiosque?.saveTab(tabId);
    expect((await globalThis.kiosque?.listArticles())?.map((row) => row.id)).toContain(saved?.id);
    await globalThis.kiosque?.deleteArticle(saved?.id ?? '');
  });
});

describe('context menu and keyboard command', () => {
  it('creates the localised menu item on install', async () => {
    startBackground(env.services);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await vi.waitFor(() => expect(createMenu).toHaveBeenCalled());
    expect(createMenu).toHaveBeenCalledWith({ id: SAVE_MENU_ID, title: 'Enregistrer cette page', contexts: ['page'] });
  });

  it('saves from the menu and shows ✓ with the title', async () => {
    startBackground(env.services);
    const tabId = await openTab(PAGE);
    stubExecuteScript();
    menuClicked?.({ menuItemId: SAVE_MENU_ID }, { id: tabId });
    expect((await badgeOf(tabId)).text).toBe(BADGE_OK);
    expect(await env.db.articles.count()).toBe(1);
  });

  it('ignores other menu items', async () => {
    startBackground(env.services);
    const tabId = await openTab(PAGE);
    const inject = stubExecuteScript();
    menuClicked?.({ menuItemId: 'something-else' }, { id: tabId });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(inject).not.toHaveBeenCalled();
  });

  it('saves the active tab on the keyboard command and shows ! with the reason on failure', async () => {
    startBackground(env.services);
    const tabId = await openTab('chrome://settings');
    await fakeBrowser.tabs.update(tabId, { active: true });
    commandFired?.(SAVE_COMMAND, { id: tabId });
    const badge = await badgeOf(tabId);
    expect(badge.text).toBe(BADGE_FAILED);
    expect(badge.title).toContain('Page protégée');
    expect(await env.db.articles.count()).toBe(0);
  });

  it('falls back to the focused tab when the command carries none', async () => {
    startBackground(env.services);
    const tabId = await openTab(PAGE);
    stubExecuteScript();
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((() => Promise.resolve([{ id: tabId }])) as never);
    commandFired?.(SAVE_COMMAND, undefined);
    expect((await badgeOf(tabId)).text).toBe(BADGE_OK);
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    query.mockRestore();
  });
});
