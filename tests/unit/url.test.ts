import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { absoluteUrl, dedupeKey, memoDedupeKey } from '../../core/url';
import { KiosqueError } from '../../core/errors';

describe('dedupeKey', () => {
  it.each([
    ['HTTPS://LePetitJournal.COM/madrid/actualites/x-431902', 'https://lepetitjournal.com/madrid/actualites/x-431902'],
    ['https://lepetitjournal.com:443/madrid/x#comments', 'https://lepetitjournal.com/madrid/x'],
    ['http://example.com:80/a', 'http://example.com/a'],
    ['https://example.com:8443/a', 'https://example.com:8443/a'],
    ['https://elpais.com/a.html?utm_source=Twitter&utm_medium=social&ssm=TW_CC', 'https://elpais.com/a.html?ssm=TW_CC'],
    ['https://www.thelocal.es/20230115/x?fbclid=IwAR0xYz', 'https://www.thelocal.es/20230115/x'],
    ['https://e.com/a?gclid=1&mc_cid=2&mc_eid=3&UTM_Campaign=4&id=7', 'https://e.com/a?id=7'],
    ['https://e.com/a?b=2&a=1', 'https://e.com/a?b=2&a=1'],
    ['https://e.com/a?amp&q=x%20y', 'https://e.com/a?amp&q=x%20y'],
    ['https://e.com/a?', 'https://e.com/a'],
    ['https://user:pw@e.com/a', 'https://e.com/a'],
    ['  https://e.com/Path/  ', 'https://e.com/Path/'],
  ])('%s → %s', (input, key) => {
    expect(dedupeKey(input)).toBe(key);
  });

  it.each(['', 'not a url', '/relative/path', 'javascript:alert(1)', 'mailto:a@b.c', 'ftp://e.com/a', 'file:///etc/passwd', 'about:blank', 'http://'])(
    'rejects %j with invalid-input',
    (input) => {
      expect(() => dedupeKey(input)).toThrowError(KiosqueError);
      try {
        dedupeKey(input);
      } catch (error) {
        expect((error as KiosqueError).code).toBe('invalid-input');
      }
    },
  );

  it('is idempotent on any web URL', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        const key = dedupeKey(url);
        expect(dedupeKey(key)).toBe(key);
        expect(key).not.toContain('#');
      }),
      { numRuns: 500 },
    );
  });

  it('never throws anything but a KiosqueError', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl(), fc.string().map((s) => `https://${s}`)), (input) => {
        try {
          const key = dedupeKey(input);
          expect(key).toMatch(/^https?:\/\//);
        } catch (error) {
          expect(error).toBeInstanceOf(KiosqueError);
          expect((error as KiosqueError).code).toBe('invalid-input');
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('drops tracking parameters whatever else the query holds', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true }), fc.constantFrom('utm_source', 'fbclid', 'gclid', 'mc_eid'), (url, param) => {
        const tracked = `${url}${url.includes('?') ? '&' : '?'}${param}=abc`;
        expect(dedupeKey(tracked)).toBe(dedupeKey(url));
      }),
      { numRuns: 300 },
    );
  });
});

describe('absoluteUrl', () => {
  it('resolves relative references against the base', () => {
    expect(absoluteUrl('/sites/a.jpg', 'https://lepetitjournal.com/madrid/x')).toBe('https://lepetitjournal.com/sites/a.jpg');
    expect(absoluteUrl('b.jpg', 'https://e.com/dir/page.html')).toBe('https://e.com/dir/b.jpg');
    expect(absoluteUrl('//cdn.e.com/c.jpg', 'https://e.com/')).toBe('https://cdn.e.com/c.jpg');
  });
  it('returns null for empty, non-web or unparsable references', () => {
    expect(absoluteUrl('', 'https://e.com/')).toBeNull();
    expect(absoluteUrl(null, 'https://e.com/')).toBeNull();
    expect(absoluteUrl('javascript:alert(1)', 'https://e.com/')).toBeNull();
    expect(absoluteUrl('data:text/html,x', 'https://e.com/')).toBeNull();
    expect(absoluteUrl('http://[bad', 'https://e.com/')).toBeNull();
  });
});

describe('memoDedupeKey', () => {
  it('gives dedupeKey’s answer, working each address out once, failures included', () => {
    const computed: string[] = [];
    const keyFor = memoDedupeKey((url) => {
      computed.push(url);
      return dedupeKey(url);
    });
    const address = 'https://www.elpais.com/madrid/1.html?utm_source=pocket#top';
    expect(keyFor(address)).toBe(dedupeKey(address));
    expect(keyFor(address)).toBe('https://www.elpais.com/madrid/1.html');
    let first: unknown;
    let second: unknown;
    try {
      keyFor('javascript:alert(1)');
    } catch (error) {
      first = error;
    }
    try {
      keyFor('javascript:alert(1)');
    } catch (error) {
      second = error;
    }
    expect(first).toBeInstanceOf(KiosqueError);
    expect((first as KiosqueError).code).toBe('invalid-input');
    expect(second).toBe(first);
    expect(computed).toEqual([address, 'javascript:alert(1)']);
  });

  it('does not remember an error that is not a KiosqueError: that is a bug to surface each time', () => {
    let calls = 0;
    const keyFor = memoDedupeKey(() => {
      calls += 1;
      throw new TypeError('broken');
    });
    expect(() => keyFor('https://a.example/')).toThrow(TypeError);
    expect(() => keyFor('https://a.example/')).toThrow(TypeError);
    expect(calls).toBe(2);
  });
});
