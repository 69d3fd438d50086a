/** The URL canonicaliser on any string: a key or a typed error, and a key is its own key. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { absoluteUrl, dedupeKey } from '../../../core/url';
import { FUZZ_RUNS, isTypedFailure } from './budget';

/** Pieces that URL parsers trip on: encodings, IDN, IPv6, credentials, odd separators. */
const piece = fc.constantFrom(
  'http://', 'https://', 'HTTPS://', 'javascript:', 'data:', '//', '/', '\\', '?', '&', '#', '=', '%', '%2', '%zz', '%20',
  '+', '@', ':', ':80', ':443', ':0', ':99999', 'user:pw@', '[::1]', '[', ']', 'xn--', 'münchen.de', 'EXAMPLE.com',
  'utm_source=x', 'fbclid=1', 'p=1', 'amp', '..', '.', ' ', '\t', '\n', '\u0000', '\u200b', 'é', '🙂', 'a',
);
const urlish = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));
const anyString = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 40 }), urlish);

const webUrlWithExtras = fc
  .tuple(
    fc.webUrl({ withQueryParameters: true, withFragments: true, validSchemes: ['http', 'https'] }),
    fc.array(fc.constantFrom('utm_medium=mail', 'fbclid=abc', 'gclid=1', 'id=7', 'lang=fr', 'x=%20y', 'amp'), { maxLength: 4 }),
  )
  .map(([url, extra]) => (extra.length === 0 ? url : `${url.split('#')[0]}${url.includes('?') ? '&' : '?'}${extra.join('&')}`));

describe('dedupeKey and absoluteUrl under fuzzing', () => {
  it('returns an http(s) key or throws KiosqueError, for any string', () => {
    fc.assert(
      fc.property(anyString, (input) => {
        let key: string;
        try {
          key = dedupeKey(input);
        } catch (error) {
          return isTypedFailure(error);
        }
        return /^https?:\/\/[^\s#]+$/.test(key);
      }),
      { numRuns: FUZZ_RUNS.urlNeverThrows },
    );
  });

  it('is idempotent: a key is its own key', () => {
    fc.assert(
      fc.property(fc.oneof(webUrlWithExtras, urlish), (input) => {
        let key: string;
        try {
          key = dedupeKey(input);
        } catch (error) {
          return isTypedFailure(error);
        }
        expect(dedupeKey(key)).toBe(key);
        return true;
      }),
      { numRuns: FUZZ_RUNS.urlIdempotent },
    );
  });

  it('gives the same key with or without tracking parameters and fragments', () => {
    fc.assert(
      fc.property(
        fc.webUrl({ validSchemes: ['https'] }),
        fc.array(fc.constantFrom('utm_source=nl', 'utm_campaign=x', 'fbclid=Iw', 'gclid=C', 'mc_eid=1'), { minLength: 1, maxLength: 3 }),
        fc.string({ maxLength: 8 }).map((s) => encodeURIComponent(s)),
        (url, tracking, fragment) => {
          const withTracking = `${url}?${tracking.join('&')}#${fragment}`;
          expect(dedupeKey(withTracking)).toBe(dedupeKey(url));
        },
      ),
      { numRuns: FUZZ_RUNS.urlTrackingStable },
    );
  });

  it('absoluteUrl returns null or an http(s) URL and never throws', () => {
    fc.assert(
      fc.property(anyString, fc.oneof(fc.webUrl(), anyString), (href, base) => {
        const out = absoluteUrl(href, base);
        return out === null || /^https?:\/\//.test(out);
      }),
      { numRuns: FUZZ_RUNS.absoluteUrl },
    );
  });
});
