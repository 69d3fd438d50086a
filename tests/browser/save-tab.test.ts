import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { KiosqueError } from '../../core/errors';
import { CHROME_PDF_VIEWER_ID } from '../../core/restricted-url';
import { EXTRACTOR_FILE, mapInjectionError } from '../../lib/save-tab';
import { fakeExtracted } from '../factories';
import { okResult, openTab, stubExecuteScript, testEnv, type TestEnv } from './support/kiosque-env';

const PAGE = 'https://lepetitjournal.com/madrid/actualites/metro-ligne-11-384512';
let env: TestEnv;

beforeEach(() => {
  env = testEnv();
});

async function failure(promise: Promise<unknown>): Promise<KiosqueError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof KiosqueError) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

async function expectNothingStored(): Promise<void> {
  expect(await env.db.articles.count()).toBe(0);
  expect(await env.db.bodies.count()).toBe(0);
}

describe('saveTab', () => {
  it('injects the extractor, tags and stores the page', async () => {
    const tabId = await openTab(PAGE);
    const inject = stubExecuteScript();
    const saved = await env.services.saveTab(tabId);

    expect(inject).toHaveBeenCalledTimes(2);
    expect(inject.mock.calls[1]?.[0]).toEqual({ target: { tabId, documentIds: ['doc-1'] }, files: [EXTRACTOR_FILE] });
    expect(saved.url).toBe(PAGE);
    expect(saved.editionId).toBe('madrid');
    expect(await env.services.listArticles()).toEqual([saved]);
    expect((await env.services.getArticle(saved.id)).text).toContain('Chamartín');
  });

  it('targets the tab only when the browser reports no document ids (Firefox)', async () => {
    const tabId = await openTab(PAGE);
    const inject = stubExecuteScript({ documentId: { probe: null, extract: null } });
    await env.services.saveTab(tabId);
    expect(inject.mock.calls[1]?.[0].target).toEqual({ tabId });
  });

  it.each([
    'chrome://settings',
    'chrome-extension://abcdefghijklmnopabcdefghijklmnop/popup.html',
    'edge://extensions',
    'about:blank',
    'moz-extension://0b8c7a62-1111-2222-3333-444455556666/reader.html',
    'view-source:https://elpais.com/',
    'devtools://devtools/bundled/inspector.html',
    'https://chromewebstore.google.com/detail/x/abc',
    'https://chrome.google.com/webstore/detail/abc',
    'https://addons.mozilla.org/fr/firefox/addon/x/',
    'https://www.boe.es/boe/dias/2026/11/20/pdfs/BOE-A-2026-1.pdf',
    `chrome-extension://${CHROME_PDF_VIEWER_ID}/index.html`,
    'data:text/html,<p>hi</p>',
    'blob:https://elpais.com/8c7b0b2e-1111',
    'javascript:void(0)',
  ])('refuses %s without injecting or storing', async (url) => {
    const tabId = await openTab(url);
    const inject = stubExecuteScript();
    expect((await failure(env.services.saveTab(tabId))).code).toBe('restricted-page');
    expect(inject).not.toHaveBeenCalled();
    await expectNothingStored();
  });

  it('refuses file:// unless the browser allows file access', async () => {
    const tabId = await openTab('file:///home/ana/article.html');
    stubExecuteScript();
    let allowed = false;
    fakeBrowser.extension.isAllowedFileSchemeAccess = () => Promise.resolve(allowed);
    expect((await failure(env.services.saveTab(tabId))).code).toBe('restricted-page');
    await expectNothingStored();

    allowed = true;
    const saved = await env.services.saveTab(tabId);
    expect(saved.pageUrl).toBe('file:///home/ana/article.html');
  });

  it('refuses a tab whose address the browser hides (no access)', async () => {
    const tab = await fakeBrowser.tabs.create({});
    const inject = stubExecuteScript();
    expect((await failure(env.services.saveTab(tab.id ?? -1))).code).toBe('restricted-page');
    expect(inject).not.toHaveBeenCalled();
  });

  it('answers tab-not-found for an unknown tab and invalid-input for a bad id', async () => {
    stubExecuteScript();
    expect((await failure(env.services.saveTab(987_654)))).toMatchObject({ code: 'tab-not-found' });
    expect((await failure(env.services.saveTab(-1))).code).toBe('invalid-input');
    expect((await failure(env.services.saveTab(Number.NaN))).code).toBe('invalid-input');
  });

  it('reports navigated-away when the tab shows another address after extraction', async () => {
    const tabId = await openTab(PAGE);
    stubExecuteScript({
      extract: async () => {
        await fakeBrowser.tabs.update(tabId, { url: 'https://www.thelocal.es/elsewhere' });
        return okResult(PAGE);
      },
    });
    expect((await failure(env.services.saveTab(tabId))).code).toBe('navigated-away');
    await expectNothingStored();
  });

  it('reports navigated-away when the document was replaced at the same address', async () => {
    const tabId = await openTab(PAGE);
    stubExecuteScript({ documentId: { probe: 'doc-1', extract: 'doc-2' } });
    expect((await failure(env.services.saveTab(tabId))).code).toBe('navigated-away');
    await expectNothingStored();
  });

  it('reports navigated-away when the extractor ran on a different page than the probe saw', async () => {
    const tabId = await openTab(PAGE);
    stubExecuteScript({ extract: () => okResult('https://www.thelocal.es/other') });
    expect((await failure(env.services.saveTab(tabId))).code).toBe('navigated-away');
  });

  it('ignores a fragment change during extraction', async () => {
    const tabId = await openTab(PAGE);
    stubExecuteScript({ extract: () => okResult(`${PAGE}#comments`) });
    expect((await env.services.saveTab(tabId)).url).toBe(PAGE);
  });

  it.each([
    ['Frame with ID 0 was removed.', 'navigated-away'],
    ['No document with id 8C1F4 in tab with id 5', 'navigated-away'],
    ['No tab with id: 5.', 'tab-not-found'],
    ['Cannot access a chrome:// URL', 'restricted-page'],
    ['The extensions gallery cannot be scripted.', 'restricted-page'],
    ['Cannot access contents of the page. Extension manifest must request permission to access the respective host.', 'restricted-page'],
    ['Missing host permission for the tab', 'restricted-page'],
    ['Frame with ID 0 is showing error page', 'extraction-failed'],
    ['Could not load file: extract.js', 'extraction-failed'],
  ])('maps the injection error "%s" to %s and stores nothing', async (message, code) => {
    const tabId = await openTab(PAGE);
    stubExecuteScript({
      extract: () => {
        throw new Error(message);
      },
    });
    const error = await failure(env.services.saveTab(tabId));
    expect(error.code).toBe(code);
    expect(error.message.length).toBeGreaterThan(10);
    await expectNothingStored();
  });

  it('keeps typed errors as they are when mapping', () => {
    const original = new KiosqueError('page-too-large', 'big');
    expect(mapInjectionError(original)).toBe(original);
  });

  it.each([
    ['an extractor failure', { ok: false, error: { code: 'extraction-failed', message: 'No article here' } }, 'extraction-failed'],
    ['a page too large', { ok: false, error: { code: 'page-too-large', message: '13M chars' } }, 'page-too-large'],
    ['no result at all', undefined, 'invalid-extraction'],
    ['a string', 'hello', 'invalid-extraction'],
    ['ok without an article', { ok: true }, 'invalid-extraction'],
    ['an article with a numeric title', { ok: true, article: { ...fakeExtracted({ url: PAGE }), title: 1 } }, 'invalid-extraction'],
    ['an article with a javascript: image', { ok: true, article: { ...fakeExtracted({ url: PAGE }), leadImage: 'javascript:x' } }, 'invalid-extraction'],
    ['an article with 10^6 keywords', { ok: true, article: { ...fakeExtracted({ url: PAGE }), keywords: new Array(1_000_000).fill('k') } }, 'invalid-extraction'],
  ])('refuses %s and stores nothing', async (_name, result, code) => {
    const tabId = await openTab(PAGE);
    stubExecuteScript({ extract: () => result });
    expect((await failure(env.services.saveTab(tabId))).code).toBe(code);
    await expectNothingStored();
  });

  it('refuses an extraction whose own address is restricted, even if the tab looked fine', async () => {
    const tabId = await openTab(PAGE);
    const store = 'https://addons.mozilla.org/fr/firefox/addon/x/';
    stubExecuteScript({ href: store, extract: () => okResult(store) });
    expect((await failure(env.services.saveTab(tabId))).code).toBe('restricted-page');
    await expectNothingStored();
  });

  it('refuses an article whose address is not a web page', async () => {
    const tabId = await openTab(PAGE);
    stubExecuteScript({ href: 'about:blank', extract: () => okResult('about:blank') });
    expect((await failure(env.services.saveTab(tabId))).code).toBe('invalid-extraction');
    await expectNothingStored();
  });

  it('shares one in-flight save between two concurrent saves of the same tab', async () => {
    const tabId = await openTab(PAGE);
    const inject = stubExecuteScript();
    const [a, b] = await Promise.all([env.services.saveTab(tabId), env.services.saveTab(tabId)]);
    expect(a).toEqual(b);
    expect(inject).toHaveBeenCalledTimes(2);
    expect(await env.db.articles.count()).toBe(1);

    // Once finished, a new save runs again (and refreshes the same row).
    env.clock.now += 60_000;
    const c = await env.services.saveTab(tabId);
    expect(inject).toHaveBeenCalledTimes(4);
    expect(c.id).toBe(a.id);
    expect(c.savedAt).toBe(env.clock.now);
  });

  it('stores one row when two tabs save the same article at once', async () => {
    const one = await openTab(`${PAGE}?utm_source=twitter`);
    const two = await openTab(`${PAGE}#top`);
    stubExecuteScript({ extract: async (injection) => {
      const tab = await fakeBrowser.tabs.get(injection.target.tabId);
      return okResult(tab?.url ?? '', { canonicalUrl: PAGE });
    } });
    const [a, b] = await Promise.all([env.services.saveTab(one), env.services.saveTab(two)]);
    expect(a.id).toBe(b.id);
    expect(await env.db.articles.count()).toBe(1);
  });
});
