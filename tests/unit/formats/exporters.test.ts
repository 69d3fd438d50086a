import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportAtom } from '../../../core/formats/atom';
import { collectBytes, collectString } from '../../../core/formats/collect';
import { exportCsv } from '../../../core/formats/csv-export';
import { exportHtmlFile } from '../../../core/formats/html-file';
import { importFile } from '../../../core/formats/import-file';
import { articleToMarkdown, exportMarkdownZip } from '../../../core/formats/markdown-zip';
import { exportNetscape } from '../../../core/formats/netscape-export';
import { parseXmlStrict } from './epub-validator';
import { fakeArticle, fakeCollection, fixedClock, jsdomEnv } from './helpers';

const dom = jsdomEnv();
const options = { title: 'Revue <de> presse & co', locale: 'fr' as const, now: fixedClock };

async function* slowly<T>(items: T[]): AsyncGenerator<T> {
  for (const item of items) yield await Promise.resolve(item);
}

const tricky = () => [
  fakeArticle({
    title: '=HYPERLINK("http://evil.example","clic")',
    url: 'https://www.elpais.com/madrid/2024/a.html',
    labels: ['madrid', 'à lire', '+urgent'],
    status: 'read',
    favourite: true,
    progress: 0.5,
    notes: 'Note, avec "guillemets"\net retour',
    byline: '@journaliste',
    savedAt: 1712050000000,
  }),
  fakeArticle({ title: 'Quote " and <tag> & ampersand', url: 'https://lepetitjournal.com/madrid/b', status: 'archived', excerpt: '-1 % de chômage' }),
  fakeArticle({ title: 'مدريد 🚇 RTL', url: 'https://www.aljazeera.net/news/c', lang: 'ar', dir: 'rtl', edition: null, themes: [] }),
];

describe('CSV export', () => {
  it('starts with Pocket’s columns and guards formulas', async () => {
    const csv = await collectString(exportCsv(tricky()));
    const lines = csv.split('\r\n');
    expect(lines[0]!.startsWith('title,url,time_added,tags,status,')).toBe(true);
    expect(lines[1]!.startsWith(`"'=HYPERLINK(""http://evil.example"",""clic"")",https://www.elpais.com/madrid/2024/a.html,1712050000,madrid|à lire|+urgent,unread,read,1,0.5,`)).toBe(true);
    expect(csv).toContain(",'-1 % de chômage,");
    expect(csv).toContain("'@journaliste");
  });

  it('round-trips through the Pocket importer', async () => {
    const articles = tricky();
    const csv = await collectString(exportCsv(slowly(articles)));
    const result = importFile(csv, { dom, now: fixedClock });
    expect(result.report).toEqual({ added: 3, merged: 0, skipped: 0, failed: [] });
    const back = result.articles;
    expect(back.map((a) => a.title)).toEqual(articles.map((a) => a.title));
    expect(back.map((a) => a.url)).toEqual(articles.map((a) => a.url));
    expect(back.map((a) => a.status)).toEqual(['read', 'archived', 'unread']);
    expect(back.map((a) => a.labels)).toEqual(articles.map((a) => a.labels));
    expect(back.map((a) => a.savedAt)).toEqual(articles.map((a) => Math.floor(a.savedAt / 1000) * 1000));
    expect(back[0]).toMatchObject({ favourite: true, progress: 0.5, notes: articles[0]!.notes, byline: '@journaliste' });
    expect(back[1]!.excerpt).toBe('-1 % de chômage');
  });

  it('is read by a plain Pocket reader as unread / archive', async () => {
    const csv = await collectString(exportCsv(tricky()));
    const statuses = csv.split('\r\n').slice(1, 4).map((l) => l.match(/,(unread|archive),(unread|read|archived),/)?.[1]);
    expect(statuses).toEqual(['unread', 'archive', 'unread']);
  });
});

describe('Atom export', () => {
  it('is well-formed Atom 1.0 with every required element', async () => {
    const articles = tricky();
    const collection = fakeCollection('Madrid & <co>', articles.slice(0, 2));
    const xml = await collectString(exportAtom(slowly(articles), collection, options));
    const doc = parseXmlStrict(xml, 'atom');
    const feed = doc.documentElement!;
    expect(feed.namespaceURI).toBe('http://www.w3.org/2005/Atom');
    const entries = Array.from(feed.getElementsByTagName('entry'));
    expect(entries).toHaveLength(2);
    for (const entry of entries) {
      for (const tag of ['id', 'title', 'updated', 'link']) expect(entry.getElementsByTagName(tag).length).toBeGreaterThan(0);
    }
    expect(feed.getElementsByTagName('title')[0]!.textContent).toBe('Madrid & <co>');
    expect(entries[0]!.getElementsByTagName('title')[0]!.textContent).toBe(articles[0]!.title);
    expect(entries[0]!.getElementsByTagName('content')[0]!.textContent).toBe(articles[0]!.html);
    expect(feed.getElementsByTagName('updated')[0]!.textContent).toBe('2026-11-27T00:00:00.000Z');
  });
});

describe('Netscape bookmarks export', () => {
  it('is re-imported with folders as collections', async () => {
    const articles = tricky();
    const html = await collectString(exportNetscape(slowly(articles), [fakeCollection('Madrid & co', articles.slice(0, 2))], 'Kiosque', fixedClock));
    expect(html.startsWith('<!DOCTYPE NETSCAPE-Bookmark-file-1>')).toBe(true);
    const result = importFile(html, { dom, now: fixedClock, fileName: 'bookmarks.html' });
    expect(result.articles.map((a) => a.title).sort()).toEqual(articles.map((a) => a.title).sort());
    expect(result.collections).toEqual([{ id: null, name: 'Madrid & co', articleUrls: [articles[0]!.url, articles[1]!.url] }]);
    expect(result.articles.find((a) => a.url === articles[0]!.url)!.labels).toEqual(articles[0]!.labels);
  });
});

describe('Markdown export', () => {
  it('writes escaped YAML front matter and a Turndown body', () => {
    const md = articleToMarkdown(
      fakeArticle({ title: 'Title: with "quotes" # and\nnewline', html: '<h2>Sous-titre</h2><p>Un <a href="https://x.example">lien</a> et <em>emphase</em>.</p>' }),
      dom,
      ['Déménagement'],
    );
    const [, yaml, body] = md.split(/^---$/m);
    expect(yaml).toContain('title: "Title: with \\"quotes\\" # and\\nnewline"');
    expect(yaml).toContain('collections: ["Déménagement"]');
    expect(yaml).toContain('favourite: false');
    expect(body).toContain('## Sous-titre');
    expect(body).toContain('Un [lien](https://x.example) et _emphase_.');
  });

  it('zips one uniquely named file per article', async () => {
    const articles = [
      fakeArticle({ title: 'Même titre' }),
      fakeArticle({ title: 'même TITRE' }),
      fakeArticle({ title: '../../etc/passwd' }),
      fakeArticle({ title: 'CON' }),
      fakeArticle({ title: '   ' }),
    ];
    const zip = unzipSync(await collectBytes(exportMarkdownZip(slowly(articles), [], { now: fixedClock }, dom)));
    expect(Object.keys(zip)).toEqual(['Même titre.md', 'même TITRE (2).md', 'etc passwd.md', '_CON.md', 'untitled.md']);
  });
});

describe('single HTML file export', () => {
  it('escapes metadata, forbids scripts and lists every article', async () => {
    const articles = tricky();
    const html = await collectString(exportHtmlFile(slowly(articles), options));
    expect(html).toContain("Content-Security-Policy\" content=\"default-src 'none'");
    expect(html).toContain('<title>Revue &lt;de&gt; presse &amp; co</title>');
    expect(html).toContain('<h2>Quote &quot; and &lt;tag&gt; &amp; ampersand</h2>');
    expect(html).toContain('<article id="a3" lang="ar" dir="rtl">');
    const doc = dom.parseHtml(html);
    expect(doc.querySelectorAll('#toc a')).toHaveLength(3);
    expect(doc.querySelectorAll('article')).toHaveLength(3);
    expect(doc.querySelector('#toc')!.textContent).toContain('Autres articles');
  });
});
