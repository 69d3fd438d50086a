/**
 * EPUB 3 export: one chapter per article, the table of contents grouped by
 * edition. Chapters are written to the zip as they arrive; only their
 * titles are kept for the package document and the nav, written last (the
 * reading order lives in the spine, not in the zip order).
 */
import type { EditionTag } from '../model';
import { crc32 } from './crc32';
import type { DomEnv } from './dom-env';
import { groupByEdition } from './edition-groups';
import type { ArticleSource, ExportOptions, LibraryArticle } from './types';
import { toXhtmlFragment } from './xhtml';
import { escapeXml, safeHref } from './xml-escape';
import { writeZip, type ZipEntryInput } from './zip-write';

const CONTAINER = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles><rootfile full-path="OEBPS/package.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>
`;

const CSS = `body { font-family: serif; line-height: 1.5; margin: 0 5%; }
h1 { font-size: 1.5em; line-height: 1.2; }
.meta { color: #555; font-size: 0.9em; }
.media-alt { color: #555; font-style: italic; }
blockquote { margin-left: 1em; padding-left: 1em; border-left: 2px solid #ccc; }
`;

const LANG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
const CONTENTS = { en: 'Contents', fr: 'Sommaire' };

interface ChapterRef {
  id: string;
  href: string;
  title: string;
  edition: EditionTag | null;
}

function langAttributes(lang: string | null, dir: 'ltr' | 'rtl' | null): string {
  const l = lang && LANG.test(lang) ? ` lang="${lang}" xml:lang="${lang}"` : '';
  return dir ? `${l} dir="${dir}"` : l;
}

function xhtmlPage(title: string, lang: string, dir: 'ltr' | 'rtl' | null, body: string, cssHref: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"${langAttributes(lang, dir)}>
<head><meta charset="UTF-8"/><title>${escapeXml(title)}</title><link rel="stylesheet" type="text/css" href="${cssHref}"/></head>
<body>${body}</body>
</html>
`;
}

export function chapterXhtml(article: LibraryArticle, dom: DomEnv): string {
  const ids = new Set<string>();
  const meta = [article.siteName, article.byline, article.publishedAt?.slice(0, 10)].filter((s): s is string => !!s);
  const href = safeHref(article.url);
  const fragment = article.html.trim() === '' ? '' : toXhtmlFragment(dom.parseHtml(article.html), { baseUrl: article.url, ids });
  const body =
    `<article><h1>${escapeXml(article.title)}</h1>` +
    (meta.length > 0 ? `<p class="meta">${escapeXml(meta.join(' · '))}</p>` : '') +
    (href ? `<p class="meta"><a href="${escapeXml(href)}">${escapeXml(href)}</a></p>` : '') +
    `${fragment}</article>`;
  return xhtmlPage(article.title, article.lang ?? '', article.dir, body, '../style.css');
}

function navXhtml(chapters: ChapterRef[], options: ExportOptions): string {
  const groups = groupByEdition(chapters, options.locale)
    .map(
      (g) =>
        `<li><span>${escapeXml(g.label)}</span><ol>${g.items
          .map((c) => `<li><a href="${c.href}">${escapeXml(c.title)}</a></li>`)
          .join('')}</ol></li>`,
    )
    .join('\n');
  const list = groups === '' ? '' : `<ol>\n${groups}\n</ol>`;
  const body = `<nav epub:type="toc" id="toc"><h1>${escapeXml(CONTENTS[options.locale])}</h1>${list}</nav>`;
  return xhtmlPage(CONTENTS[options.locale], options.locale, null, body, 'style.css');
}

function packageOpf(chapters: ChapterRef[], options: ExportOptions, identifier: string): string {
  const modified = new Date(options.now()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const ordered = groupByEdition(chapters, options.locale).flatMap((g) => g.items);
  return `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="${options.locale}">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="book-id">${escapeXml(identifier)}</dc:identifier>
<dc:title>${escapeXml(options.title)}</dc:title>
<dc:language>${options.locale}</dc:language>
<dc:creator>Kiosque</dc:creator>
<meta property="dcterms:modified">${modified}</meta>
</metadata>
<manifest>
<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
<item id="css" href="style.css" media-type="text/css"/>
${chapters.map((c) => `<item id="${c.id}" href="${c.href}" media-type="application/xhtml+xml"/>`).join('\n')}
</manifest>
<spine>
<itemref idref="nav"/>
${ordered.map((c) => `<itemref idref="${c.id}"/>`).join('\n')}
</spine>
</package>
`;
}

export function exportEpub(articles: ArticleSource, options: ExportOptions, dom: DomEnv): AsyncGenerator<Uint8Array> {
  async function* entries(): AsyncGenerator<ZipEntryInput> {
    // The OCF spec: `mimetype` first, stored, so readers can sniff the type at a fixed offset.
    yield { name: 'mimetype', data: 'application/epub+zip', store: true };
    yield { name: 'META-INF/container.xml', data: CONTAINER };
    yield { name: 'OEBPS/style.css', data: CSS };
    const chapters: ChapterRef[] = [];
    let fingerprint = 0;
    for await (const article of articles) {
      const n = String(chapters.length + 1).padStart(5, '0');
      // An empty label in the nav is an EPUB error; the address is the next best name.
      const ref = { id: `c${n}`, href: `chapters/c${n}.xhtml`, title: article.title.trim() || article.url, edition: article.edition };
      chapters.push(ref);
      fingerprint = crc32(new TextEncoder().encode(`${fingerprint}:${article.url}`));
      yield { name: `OEBPS/${ref.href}`, data: chapterXhtml(article, dom) };
    }
    const identifier = `urn:kiosque:export:${options.now()}-${fingerprint.toString(16)}`;
    yield { name: 'OEBPS/nav.xhtml', data: navXhtml(chapters, options) };
    yield { name: 'OEBPS/package.opf', data: packageOpf(chapters, options, identifier) };
  }
  return writeZip(entries(), options.now());
}
