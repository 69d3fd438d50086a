/**
 * A page that poisons everything it can reach before the extractor runs:
 * built-ins of its own JavaScript world (the extractor's isolated world has
 * separate ones) and the DOM itself, which both worlds share, by clobbering
 * document properties with named elements. Kiosque must store a clean article
 * or refuse with a typed error, and never store a bad row.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleHtml, attemptKiosque, callKiosque, launchKiosque, serveFixtures, tabIdFor, type KiosqueSession } from './support/index.ts';

const PARAGRAPHS = Array.from(
  { length: 8 },
  (_, i) => `${i + 1}. The harbour authority confirmed on Monday that the ferry to the islands will run every hour from June, after a winter of complaints from residents about cancelled crossings.`,
);

const POISON = `<script>
(function () {
  var boom = function () { throw new Error('poisoned by the page'); };
  Array.prototype.map = boom; Array.prototype.filter = boom; Array.prototype.forEach = boom; Array.prototype.push = boom;
  Array.prototype.join = function () { return '<img src=x onerror=top.__pwned=1>'; };
  Array.from = boom; Array.isArray = function () { return false; };
  Array.prototype[Symbol.iterator] = function* () { yield '<img src=x onerror=top.__pwned=1>'; };
  JSON.stringify = function () { return '{"kind":"article","html":"<img src=x onerror=top.__pwned=1>"}'; };
  JSON.parse = function () { return { kind: 'article', html: '<img src=x onerror=top.__pwned=1>', title: 'garbage' }; };
  String.prototype.trim = function () { return 'garbage'; }; String.prototype.replace = boom; String.prototype.slice = boom;
  String.prototype.toLowerCase = function () { return 'javascript:top.__pwned=1'; };
  RegExp.prototype.exec = function () { return null; }; RegExp.prototype.test = function () { return true; };
  Object.keys = boom; Object.assign = boom; Object.entries = boom; Object.freeze = boom;
  var keys = ['title', 'html', 'text', 'url', 'kind', 'ok', 'article', 'byline', 'error', 'then'];
  for (var i = 0; i < keys.length; i++) {
    Object.defineProperty(Object.prototype, keys[i], { configurable: true, get: function () { return '<img src=x onerror=top.__pwned=1>'; }, set: function () {} });
  }
  Promise.prototype.then = boom; Function.prototype.call = boom; Function.prototype.apply = boom;
  Date.now = function () { return -1; }; Math.min = boom; Math.max = boom; Number.isFinite = function () { return true; };
  Node.prototype.cloneNode = boom; Element.prototype.querySelectorAll = boom; Document.prototype.querySelector = boom;
  Object.defineProperty(Node.prototype, 'textContent', { configurable: true, get: function () { return 'garbage'; } });
  Object.defineProperty(Element.prototype, 'innerHTML', { configurable: true, get: function () { return '<img src=x onerror=top.__pwned=1>'; } });
  window.structuredClone = boom; window.postMessage = boom; window.fetch = boom;
  document.documentElement.setAttribute('data-poisoned', 'all');
})();
</script>`;

/** Named elements shadow document properties for every world, the extractor's included. */
const CLOBBER = [
  'querySelector', 'querySelectorAll', 'getElementsByTagName', 'getElementById', 'createElement', 'cloneNode', 'body', 'head',
  'documentElement', 'defaultView', 'title', 'location', 'URL', 'baseURI', 'cookie', 'implementation', 'createTreeWalker',
  'childNodes', 'firstElementChild', 'contentType', 'characterSet', 'dir', 'lang', 'readyState',
]
  .map((name) => `<form name="${name}"><input name="length"></form><img name="${name}" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="">`)
  .join('\n');

let session: KiosqueSession;

beforeAll(async () => {
  session = await launchKiosque({ build: 'e2e' });
});

afterAll(async () => {
  await session?.close();
});

describe.each([
  ['poisoned built-ins', 'https://news.test/poison/built-ins', articleHtml({ title: 'Ferries every hour from June', paragraphs: PARAGRAPHS, head: POISON, tail: POISON })],
  ['a clobbered document', 'https://news.test/poison/clobbered', articleHtml({ title: 'Ferries every hour from June', paragraphs: PARAGRAPHS, tail: CLOBBER })],
])('a page with %s', (_what, url, html) => {
  it('is stored clean or refused with a typed error, and never as a bad row', async () => {
    await serveFixtures(session.context, [{ url, html }]);
    const page = await session.context.newPage();
    await page.goto(url);
    // The poison is live in the page's own world: prove it, so the test means something.
    // The built-ins probe is a mark the poison script leaves once every line ran;
    // evaluating in the page would itself trip over the poisoned built-ins.
    if (url.endsWith('built-ins')) expect(await page.locator('html').getAttribute('data-poisoned')).toBe('all');
    else expect(await page.evaluate('typeof document.querySelector')).not.toBe('function');
    const before = (await callKiosque(session.worker, 'listArticles')).length;

    const outcome = await attemptKiosque(session.worker, 'saveTab', await tabIdFor(session.worker, url));
    const after = await callKiosque(session.worker, 'listArticles');
    if (!outcome.ok) {
      expect(outcome.error.code, outcome.error.message).not.toBeNull();
      expect(after).toHaveLength(before);
      return;
    }
    expect(after).toHaveLength(before + 1);
    const article = await callKiosque(session.worker, 'getArticle', outcome.value.id);
    expect(article.title).toBe('Ferries every hour from June');
    expect(article.url).toBe(url);
    expect(article.kind).toBe('article');
    expect(article.text).toContain('cancelled crossings');
    expect(article.text).not.toContain('garbage');
    expect(article.html).not.toMatch(/<script|onerror|javascript:|garbage/i);
    await page.close();
  });
});
