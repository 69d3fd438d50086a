/**
 * One self-contained HTML file, readable offline. Articles are written as
 * they arrive and the table of contents last (only titles are kept);
 * CSS `order` shows it first. Article bodies are the stored, already
 * sanitised HTML; every piece of metadata is escaped here, and a strict
 * Content-Security-Policy forbids scripts in case anything slipped through.
 */
import { groupByEdition } from './edition-groups';
import type { ArticleSource, ExportOptions } from './types';
import { escapeHtml, safeHref } from './xml-escape';
import type { EditionTag } from '../model';

const CONTENTS = { en: 'Contents', fr: 'Sommaire' };
const CSP = "default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'";

const STYLE = `body{display:flex;flex-direction:column;max-width:42em;margin:0 auto;padding:1em;font:1.05em/1.6 Georgia,serif;color:#222}
#toc{order:-1}article{border-top:1px solid #ccc;margin-top:2em}img{max-width:100%;height:auto}
.meta{color:#555;font-size:.9em}`;

export async function* exportHtmlFile(articles: ArticleSource, options: ExportOptions): AsyncGenerator<string> {
  const title = escapeHtml(options.title);
  yield `<!DOCTYPE html>
<html lang="${options.locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Kiosque">
<title>${title}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${title}</h1>
`;
  const toc: { anchor: string; title: string; edition: EditionTag | null }[] = [];
  for await (const a of articles) {
    const anchor = `a${toc.length + 1}`;
    toc.push({ anchor, title: a.title, edition: a.edition });
    const href = safeHref(a.url);
    const meta = [a.siteName, a.byline, a.publishedAt?.slice(0, 10)].filter((s): s is string => !!s).map(escapeHtml);
    const lang = a.lang && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(a.lang) ? ` lang="${a.lang}"` : '';
    const dir = a.dir ? ` dir="${a.dir}"` : '';
    yield `<article id="${anchor}"${lang}${dir}>
<h2>${escapeHtml(a.title)}</h2>
<p class="meta">${meta.join(' · ')}${href ? ` · <a href="${escapeHtml(href)}">${escapeHtml(href)}</a>` : ''}</p>
${a.html}
</article>
`;
  }
  const groups = groupByEdition(toc, options.locale)
    .map(
      (g) =>
        `<li>${escapeHtml(g.label)}<ol>${g.items.map((t) => `<li><a href="#${t.anchor}">${escapeHtml(t.title)}</a></li>`).join('')}</ol></li>`,
    )
    .join('\n');
  yield `<nav id="toc"><h2>${CONTENTS[options.locale]}</h2><ol>
${groups}
</ol></nav>
</body>
</html>
`;
}
