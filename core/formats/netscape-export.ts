/**
 * Netscape bookmark file, the one format every browser, Raindrop and
 * Karakeep import. A folder per collection; articles in no collection sit
 * at the top level. `TAGS` carries labels (Raindrop, Karakeep and Pinboard
 * read it; browsers ignore it).
 */
import type { ArticleSource, Collection, LibraryArticle } from './types';
import { escapeHtml, safeHref } from './xml-escape';

function link(a: LibraryArticle, indent: string): string {
  const href = safeHref(a.url);
  if (!href) return '';
  const tags = a.labels.length > 0 ? ` TAGS="${escapeHtml(a.labels.join(','))}"` : '';
  return `${indent}<DT><A HREF="${escapeHtml(href)}" ADD_DATE="${Math.floor(a.savedAt / 1000)}"${tags}>${escapeHtml(a.title)}</A>\n`;
}

/** Needs every article before writing folders; bookmark files are small (no article bodies). */
export async function* exportNetscape(articles: ArticleSource, collections: Collection[], title: string, now: () => number): AsyncGenerator<string> {
  const byUrl = new Map<string, LibraryArticle>();
  for await (const a of articles) byUrl.set(a.url, { ...a, html: '', text: '' });
  const filed = new Set<string>();
  const stamp = Math.floor(now() / 1000);
  yield `<!DOCTYPE NETSCAPE-Bookmark-file-1>
<!-- This is an automatically generated file. It will be read and overwritten. DO NOT EDIT! -->
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">
<TITLE>Bookmarks</TITLE>
<H1>${escapeHtml(title)}</H1>
<DL><p>
`;
  for (const c of collections) {
    let body = '';
    for (const url of c.articleUrls) {
      const a = byUrl.get(url);
      if (!a) continue;
      filed.add(url);
      body += link(a, '        ');
    }
    yield `    <DT><H3 ADD_DATE="${stamp}" LAST_MODIFIED="${stamp}">${escapeHtml(c.name)}</H3>\n    <DL><p>\n${body}    </DL><p>\n`;
  }
  for (const a of byUrl.values()) if (!filed.has(a.url)) yield link(a, '    ');
  yield '</DL><p>\n';
}
