/**
 * Metadata agreement on readability-pages, compared the way upstream's tests
 * do: title, byline, excerpt and siteName always; dir, lang and publishedTime
 * only when the expected value is non-null.
 */
import { Readability } from '@mozilla/readability';
import type { MetadataPage } from './corpus';
import type { FieldAgreement } from './report';
import { buildDocument, kiosqueArticle } from './node-mode';

export type Metadata = Partial<Record<'title' | 'byline' | 'excerpt' | 'siteName' | 'lang' | 'dir' | 'publishedTime', string | null>>;

const ALWAYS = ['title', 'byline', 'excerpt', 'siteName'] as const;
const WHEN_SET = ['dir', 'lang', 'publishedTime'] as const;
export const FIXTURE_URL = 'http://fakehost/test/page.html';

function removeComments(node: Node): void {
  for (let c = node.firstChild; c; ) {
    const next = c.nextSibling;
    if (c.nodeType === 8) node.removeChild(c);
    else removeComments(c);
    c = next;
  }
}

export function plainMetadata(html: string): Metadata {
  const doc = buildDocument(html);
  removeComments(doc);
  const a = new Readability(doc, { classesToPreserve: ['caption'] }).parse();
  return a ?? {};
}

/** Kiosque's fields under the names Readability's golden files use. */
export function kiosqueMetadata(page: MetadataPage): Metadata {
  const doc = buildDocument(page.html);
  removeComments(doc);
  const a = kiosqueArticle(doc, FIXTURE_URL);
  return {
    title: a.title,
    byline: a.byline,
    excerpt: a.excerpt,
    siteName: a.siteName,
    lang: a.lang,
    dir: a.dir,
    publishedTime: a.publishedAt,
  };
}

/** Kiosque normalises lang to ISO 639-1 and dates to ISO 8601, so compare those forms. */
function same(field: string, expected: string | null, actual: string | null | undefined, normalised: boolean): boolean {
  const got = actual ?? null;
  if (!normalised) return got === expected;
  if (field === 'lang' && expected && got) return expected.split('-')[0]?.toLowerCase() === got;
  if (field === 'publishedTime' && expected && got) return Date.parse(expected) === Date.parse(got);
  return got === expected;
}

export function agreement(
  pages: readonly MetadataPage[],
  kiosque: ((page: MetadataPage) => Metadata) | null,
): FieldAgreement[] {
  const rows: FieldAgreement[] = [];
  const results = pages.map((p) => ({ p, plain: plainMetadata(p.html), mine: kiosque ? kiosque(p) : null }));
  for (const field of [...ALWAYS, ...WHEN_SET]) {
    const considered = results.filter(({ p }) => (ALWAYS as readonly string[]).includes(field) || p.expected[field] != null);
    const exp = (p: MetadataPage): string | null => {
      const v = p.expected[field];
      return typeof v === 'string' ? v : null;
    };
    rows.push({
      field,
      compared: considered.length,
      baseline: considered.filter(({ p, plain }) => same(field, exp(p), plain[field], false)).length,
      kiosque: kiosque ? considered.filter(({ p, mine }) => same(field, exp(p), mine?.[field], true)).length : null,
    });
  }
  return rows;
}
