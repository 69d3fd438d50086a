/**
 * The message handlers that background and offscreen pages expose, fed what
 * a compromised or confused sender could send: the wrong origin, and from
 * the right origin, payloads of the wrong shape. Each answer is a typed
 * refusal as plain data, and nothing is injected, extracted or stored.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { handleSaveTabMessage } from '../../lib/background/message-handlers';
import { handleOffscreenExtract } from '../../lib/fetch/offscreen-page';
import { articleHtml } from '../e2e/support/pages';
import { openTab, stubExecuteScript, testEnv, type TestEnv } from './support/kiosque-env';

const PAGE = 'https://lepetitjournal.com/madrid/actualites/metro-ligne-11-384512';
let env: TestEnv;

beforeEach(() => {
  env = testEnv();
});

const own = (file: string) => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL(`/${file}` as '/popup.html') });
const STRANGERS = [
  ['a web page', { id: 'ignored', url: PAGE }],
  ['our content script in a web page', { id: fakeBrowser.runtime.id, url: PAGE }],
  ['another extension', { id: 'other-extension', url: 'chrome-extension://other-extension/popup.html' }],
  ['a sender without a URL', { id: fakeBrowser.runtime.id }],
  ['no sender at all', undefined],
] as const;

describe('saveTab message', () => {
  it.each(STRANGERS)('refuses %s without touching the tab', async (_who, sender) => {
    const tabId = await openTab(PAGE);
    const inject = stubExecuteScript();
    expect(await handleSaveTabMessage(env.services, { tabId }, sender)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(inject).not.toHaveBeenCalled();
    expect(await env.services.listArticles()).toEqual([]);
  });

  it.each([
    ['null', null],
    ['an array', [1]],
    ['a string', '1'],
    ['a boolean tab id', { tabId: true }],
    ['an object tab id', { tabId: { valueOf: () => 1 } }],
    ['no tab id', {}],
  ])('from our own page, refuses %s as data', async (_what, data) => {
    await openTab(PAGE);
    const inject = stubExecuteScript();
    expect(await handleSaveTabMessage(env.services, data, own('popup.html'))).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(inject).not.toHaveBeenCalled();
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, -1, 2 ** 53, 1.5])('from our own page, answers tab id %s with a typed error', async (tabId) => {
    await openTab(PAGE);
    const inject = stubExecuteScript();
    const outcome = await handleSaveTabMessage(env.services, { tabId }, own('popup.html'));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(typeof outcome.error.code).toBe('string');
    expect(inject).not.toHaveBeenCalled();
    expect(await env.services.listArticles()).toEqual([]);
  });
});

describe('offscreenExtract message', () => {
  const html = articleHtml({
    title: 'Metro line 11 reaches the south',
    paragraphs: Array.from({ length: 6 }, () => 'The regional government approved a plan that adds four stations to line 11 before the end of next year, the council said.'),
  });

  it('extracts for the background', () => {
    const result = handleOffscreenExtract({ html, url: PAGE }, own('background.html'));
    expect(result).toMatchObject({ ok: true, article: { title: 'Metro line 11 reaches the south' } });
  });

  it.each(STRANGERS)('refuses %s', (_who, sender) => {
    expect(handleOffscreenExtract({ html, url: PAGE }, sender)).toEqual({
      ok: false,
      error: { code: 'extraction-failed', message: 'Only Kiosque may use its extractor.' },
    });
  });

  it.each([
    ['html that is not a string', { html: 42, url: PAGE }],
    ['a url that is not a string', { html, url: { href: PAGE } }],
    ['nothing', null],
    ['a script address', { html, url: 'javascript:alert(1)' }],
    ['a data address', { html, url: 'data:text/html,x' }],
  ])('answers %s with a typed refusal', (_what, data) => {
    const result = handleOffscreenExtract(data, own('background.html'));
    expect(result).toMatchObject({ ok: false, error: { code: 'extraction-failed' } });
  });
});
