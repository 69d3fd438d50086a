/**
 * An Atom 1.0 feed of a collection, for feed readers and for sharing a
 * reading list. Bodies travel as escaped `type="html"` content, the form
 * every feed reader supports.
 */
import type { ArticleSource, Collection, ExportOptions } from './types';
import { escapeXml, safeHref } from './xml-escape';

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

export async function* exportAtom(articles: ArticleSource, collection: Collection | null, options: ExportOptions): AsyncGenerator<string> {
  const members = collection ? new Set(collection.articleUrls) : null;
  const feedId = `urn:kiosque:collection:${encodeURIComponent(collection?.id ?? collection?.name ?? 'all')}`;
  yield `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${options.locale}">
<id>${escapeXml(feedId)}</id>
<title>${escapeXml(collection?.name ?? options.title)}</title>
<updated>${iso(options.now())}</updated>
<author><name>Kiosque</name></author>
<generator>Kiosque</generator>
`;
  for await (const a of articles) {
    if (members && !members.has(a.url)) continue;
    const href = safeHref(a.url);
    if (!href) continue;
    const author = a.byline ? `<author><name>${escapeXml(a.byline)}</name></author>` : '';
    const published = a.publishedAt && !Number.isNaN(Date.parse(a.publishedAt)) ? `<published>${iso(Date.parse(a.publishedAt))}</published>` : '';
    const categories = [...(a.edition ? [a.edition.id] : []), ...a.themes.map((t) => t.id), ...a.labels]
      .filter((term) => term.trim() !== '')
      .map((term) => `<category term="${escapeXml(term)}"/>`)
      .join('');
    const summary = a.excerpt ? `<summary>${escapeXml(a.excerpt)}</summary>` : '';
    const content = a.html.trim() === '' ? '' : `<content type="html">${escapeXml(a.html)}</content>`;
    yield `<entry>
<id>${escapeXml(href)}</id>
<title>${escapeXml(a.title)}</title>
<link rel="alternate" href="${escapeXml(href)}"/>
<updated>${iso(a.updatedAt)}</updated>${published}${author}${categories}${summary}${content}
</entry>
`;
  }
  yield '</feed>\n';
}
