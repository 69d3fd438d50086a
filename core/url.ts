import { KiosqueError } from './errors';

/**
 * Query parameters that only say how the reader arrived (campaigns, click ids,
 * newsletter ids). Two links that differ only by these are the same article.
 */
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
  'wickedid',
  'ref_src',
  'cmpid',
  'xtor',
  'at_medium',
  'at_campaign',
  'ns_mchannel',
  'ns_campaign',
  'ns_source',
  'ocid',
  'sr_share',
  'spm',
]);

const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hsa_'];

function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMS.has(lower) || TRACKING_PREFIXES.some((p) => lower.startsWith(p));
}

function paramName(segment: string): string {
  const raw = segment.split('=', 1)[0] ?? '';
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw;
  }
}

function parseHttpUrl(input: string, base?: string): URL {
  let url: URL;
  try {
    url = base === undefined ? new URL(input.trim()) : new URL(input.trim(), base);
  } catch {
    throw new KiosqueError('invalid-input', `Not a URL: ${input.slice(0, 200)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new KiosqueError('invalid-input', `Not an http(s) URL: ${input.slice(0, 200)}`);
  }
  if (url.hostname === '') {
    throw new KiosqueError('invalid-input', `URL without a host: ${input.slice(0, 200)}`);
  }
  return url;
}

/**
 * The key under which an article is stored: the URL with case-insensitive
 * parts lower-cased, the fragment, credentials, default port and tracking
 * parameters dropped. Other query parameters keep their original order,
 * because some sites route on the first parameter (`?p=123&lang=fr`) and
 * re-ordering would merge nothing that is not already equal in practice.
 * A lone trailing `?` is removed. The path keeps its case and trailing slash:
 * servers are entitled to treat `/a` and `/a/` differently.
 *
 * Throws KiosqueError('invalid-input') for anything that is not an absolute
 * http(s) URL; never throws anything else.
 */
export function dedupeKey(input: string): string {
  if (typeof input !== 'string') throw new KiosqueError('invalid-input', 'URL must be a string');
  const url = parseHttpUrl(input);
  url.hash = '';
  url.username = '';
  url.password = '';
  // The URL parser already lower-cases scheme and host and drops default ports.
  // Filter the raw `name=value` segments instead of round-tripping through
  // URLSearchParams, which would rewrite `%20` as `+` and `?amp` as `?amp=`.
  const kept = url.search
    .slice(1)
    .split('&')
    .filter((segment) => segment !== '' && !isTrackingParam(paramName(segment)));
  url.search = kept.length === 0 ? '' : `?${kept.join('&')}`;
  return url.href;
}

/**
 * dedupeKey with each address worked out once. An import needs the key of
 * every item in three places (tagging, the write's look-up of stored rows,
 * the merge), and at 50,000 rows each pass of URL parsing is a tenth of a
 * second the page cannot use. A failure is remembered and thrown again.
 */
export function memoDedupeKey(compute: (input: string) => string = dedupeKey): (input: string) => string {
  const known = new Map<string, string | KiosqueError>();
  return (input) => {
    let key = known.get(input);
    if (key === undefined) {
      try {
        key = compute(input);
      } catch (error) {
        // dedupeKey throws nothing else (see above); anything else is a bug to surface, not to remember.
        if (!(error instanceof KiosqueError)) throw error;
        key = error;
      }
      known.set(input, key);
    }
    if (key instanceof KiosqueError) throw key;
    return key;
  };
}

/**
 * Resolves `href` against `base`; null when it is empty, unparsable or not
 * http(s) (a `javascript:` link must never become a stored URL).
 */
export function absoluteUrl(href: string | null | undefined, base: string): string | null {
  if (href === null || href === undefined) return null;
  const trimmed = href.trim();
  if (trimmed === '') return null;
  try {
    return parseHttpUrl(trimmed, base).href;
  } catch {
    return null;
  }
}
