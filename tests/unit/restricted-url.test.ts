import { describe, expect, it } from 'vitest';
import { CHROME_PDF_VIEWER_ID, restrictedMessage, restrictedReason } from '../../core/restricted-url';

const noFiles = { fileSchemeAllowed: false };
const files = { fileSchemeAllowed: true };

describe('restrictedReason', () => {
  it.each([
    ['chrome://settings', 'browser-page'],
    ['chrome://newtab/', 'browser-page'],
    ['edge://extensions', 'browser-page'],
    ['about:blank', 'browser-page'],
    ['about:debugging#/runtime/this-firefox', 'browser-page'],
    ['view-source:https://elpais.com/espana/madrid/', 'browser-page'],
    ['devtools://devtools/bundled/inspector.html', 'browser-page'],
    ['chrome-extension://abcdefghijklmnopabcdefghijklmnop/popup.html', 'extension-page'],
    ['moz-extension://0b8c7a62-1111-2222-3333-444455556666/reader.html', 'extension-page'],
    ['https://chromewebstore.google.com/detail/x/abc', 'web-store'],
    ['https://chrome.google.com/webstore/detail/abc', 'web-store'],
    ['https://addons.mozilla.org/fr/firefox/addon/x/', 'web-store'],
    ['https://microsoftedge.microsoft.com/addons/detail/x', 'web-store'],
    ['https://www.boe.es/boe/dias/2026/11/20/pdfs/BOE-A-2026-1.pdf', 'pdf-viewer'],
    ['https://example.org/report.PDF', 'pdf-viewer'],
    [`chrome-extension://${CHROME_PDF_VIEWER_ID}/index.html`, 'pdf-viewer'],
    ['data:text/html,<p>hi</p>', 'not-a-web-page'],
    ['blob:https://elpais.com/8c7b0b2e-1111', 'not-a-web-page'],
    ['javascript:alert(1)', 'not-a-web-page'],
    ['ftp://ftp.example.org/readme.txt', 'not-a-web-page'],
    ['file:///home/ana/article.html', 'file-access'],
    ['', 'no-url'],
    ['not a url', 'no-url'],
  ])('refuses %s as %s', (url, reason) => {
    expect(restrictedReason(url, noFiles)).toBe(reason);
  });

  it('accepts undefined and null as no-url rather than throwing', () => {
    expect(restrictedReason(undefined, noFiles)).toBe('no-url');
    expect(restrictedReason(null, noFiles)).toBe('no-url');
  });

  it.each([
    'https://lepetitjournal.com/madrid/actualites/metro-ligne-11-384512',
    'http://www.thelocal.es/20261120/madrid-rent',
    'https://chrome.google.com/search?q=webstore',
    'https://www.google.com/webstore-news',
    'https://example.org/pdf-guide',
  ])('accepts the web page %s', (url) => {
    expect(restrictedReason(url, noFiles)).toBeNull();
  });

  it('accepts file:// only when the browser allows file access', () => {
    expect(restrictedReason('file:///home/ana/article.html', files)).toBeNull();
    expect(restrictedReason('file:///home/ana/scan.pdf', files)).toBe('pdf-viewer');
  });

  it('has a message for every reason', () => {
    for (const reason of ['browser-page', 'extension-page', 'web-store', 'pdf-viewer', 'file-access', 'not-a-web-page', 'no-url'] as const) {
      expect(restrictedMessage(reason).length).toBeGreaterThan(10);
    }
  });
});
