/**
 * The allow-list every background message handler consults. The cases the
 * background tests already pin (popup, reader, web page, id mismatch) are
 * not repeated; these are the spoofs an allow-list by string prefix or by
 * loose URL comparison would let through.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOwnPage } from '../../../lib/sender-check';

const chrome = { id: 'abcdefghijklmnopabcdefghijklmnop', origin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/' };
const firefox = { id: 'kiosque@kiosque.app', origin: 'moz-extension://0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0/' };
const ID = chrome.id;

describe('isOwnPage against spoofed senders', () => {
  it.each([
    ['a content script of ours in a web page', { id: ID, url: 'https://news.test/article' }],
    ['a host that only starts with our id', { id: ID, url: `chrome-extension://${ID}.evil.test/popup.html` }],
    ['our id as user name before another host', { id: ID, url: `chrome-extension://${ID}@evil.test/popup.html` }],
    ['our id in the path of another extension', { id: ID, url: `chrome-extension://other/${ID}/popup.html` }],
    ['our id in the query of a web page', { id: ID, url: `https://evil.test/?chrome-extension://${ID}/` }],
    ['another scheme with our host', { id: ID, url: `moz-extension://${ID}/popup.html` }],
    ['a blob URL minted by a web page', { id: ID, url: 'blob:https://evil.test/5f1c' }],
    ['a data: document', { id: ID, url: `data:text/html,chrome-extension://${ID}/` }],
    ['about:blank', { id: ID, url: 'about:blank' }],
    ['a javascript: URL', { id: ID, url: `javascript:'chrome-extension://${ID}/'` }],
    ['an unparsable URL', { id: ID, url: 'chrome-extension://' }],
    ['a URL that is not a string', { id: ID, url: 42 as unknown as string }],
    // Extension URLs are not "special" URLs: their host keeps its case, and the browser never upper-cases it.
    ['our id in upper case', { id: ID, url: `chrome-extension://${ID.toUpperCase()}/popup.html` }],
    ['another extension at our URL', { id: 'evil', url: `chrome-extension://${ID}/popup.html` }],
  ])('refuses %s', (_what, sender) => {
    expect(isOwnPage(sender, chrome)).toBe(false);
  });

  it('accepts any page of our own origin, whatever its path, query or fragment', () => {
    expect(isOwnPage({ id: ID, url: `chrome-extension://${ID}/options.html?tab=import#top` }, chrome)).toBe(true);
    expect(isOwnPage({ id: ID, url: `chrome-extension://${ID}/offscreen.html` }, chrome)).toBe(true);
  });

  it('works on Firefox, where the id and the origin differ', () => {
    expect(isOwnPage({ id: firefox.id, url: `${firefox.origin}reader.html?id=1` }, firefox)).toBe(true);
    expect(isOwnPage({ id: firefox.id, url: 'moz-extension://00000000-0000-0000-0000-000000000000/reader.html' }, firefox)).toBe(false);
    expect(isOwnPage({ id: firefox.id, url: 'https://news.test/' }, firefox)).toBe(false);
  });

  it('fails closed when Kiosque does not know its own origin', () => {
    expect(isOwnPage({ id: ID, url: `chrome-extension://${ID}/popup.html` }, { id: ID, origin: '' })).toBe(false);
    expect(isOwnPage({ id: '', url: 'chrome-extension:///popup.html' }, { id: '', origin: 'chrome-extension:///' })).toBe(false);
  });

  it('never accepts a URL whose host is not exactly ours (2,000 generated senders)', () => {
    const host = fc.oneof(
      fc.constant(ID),
      fc.domain(),
      fc.string({ maxLength: 40 }),
      fc.tuple(fc.constant(ID), fc.constantFrom('.', '@', ':', '%2e', '\\', '/..', '#', '?'), fc.string({ maxLength: 12 })).map((p) => p.join('')),
    );
    fc.assert(
      fc.property(fc.constantFrom('chrome-extension://', 'moz-extension://', 'https://', 'blob:chrome-extension://', ''), host, fc.string({ maxLength: 20 }), (scheme, h, rest) => {
        const url = `${scheme}${h}/${rest}`;
        let parsedHost: string | null = null;
        try {
          const parsed = new URL(url);
          parsedHost = parsed.protocol === 'chrome-extension:' ? parsed.host : null;
        } catch {
          parsedHost = null;
        }
        return isOwnPage({ id: ID, url }, chrome) === (parsedHost === ID);
      }),
      { numRuns: 2_000 },
    );
  });
});
