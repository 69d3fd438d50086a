/**
 * Hostile import files: scripts, handlers and script URLs in every field a
 * Kiosque JSON, Netscape bookmarks, Pocket HTML or Omnivore zip can carry.
 * The importers must hand storage only clean HTML and http(s) addresses, and
 * an exported file made from what they returned must carry no script either.
 */
import { describe, expect, it } from 'vitest';
import { collectBytes, collectString } from '../../../core/formats/collect';
import { exportHtmlFile } from '../../../core/formats/html-file';
import { importFile } from '../../../core/formats/import-file';
import { exportNetscape } from '../../../core/formats/netscape-export';
import type { ImportResult, LibraryArticle } from '../../../core/formats/types';
import { writeZip } from '../../../core/formats/zip-write';
import { attackImports, attackPages, expandAttack, PAYLOAD } from '../../fixtures/attacks/load-attacks';
import { fixedClock, FIXED_NOW, jsdomEnv } from '../formats/helpers';
import { isPlainUrl, unsafeParts } from './clean-html';

const parse = (html: string): Document => jsdomEnv().parseHtml(html);

async function omnivoreAttackZip(): Promise<Uint8Array> {
  const page = attackPages().find((p) => p.slug === 'mutation-xss');
  if (page === undefined) throw new Error('mutation-xss page missing');
  const metadata = [
    {
      id: '1', slug: 'attack', url: 'https://news.test/omnivore', title: `<img src=x onerror=${PAYLOAD}>`,
      author: `<svg onload=${PAYLOAD}>`, description: `<script>${PAYLOAD}</script>`, thumbnail: `javascript:${PAYLOAD}`,
      labels: [{ name: `<script>${PAYLOAD}</script>` }, 'madrid', 7, null], state: 'SUCCEEDED', savedAt: '2024-01-01T00:00:00Z',
    },
    { id: '2', slug: 'bad', url: `javascript:${PAYLOAD}`, title: 'script url' },
    { id: '3', slug: '__proto__', url: 'https://news.test/proto', labels: { length: 2 }, readingProgress: 'x' },
  ];
  const entries = [
    { name: 'metadata_0_to_3.json', data: JSON.stringify(metadata) },
    { name: 'content/attack.html', data: page.html },
    { name: 'content/__proto__.html', data: expandAttack('<script>%PWN%</script><p onclick="%PWN%">proto</p>') },
    { name: 'highlights/attack.md', data: expandAttack('> <img src=x onerror=%PWN%>\n\n<script>%PWN%</script>\n') },
  ];
  return collectBytes(writeZip(entries, FIXED_NOW));
}

async function imported(): Promise<{ name: string; result: ImportResult }[]> {
  const files: { name: string; data: string | Uint8Array }[] = [...attackImports(), { name: 'omnivore-attack.zip', data: await omnivoreAttackZip() }];
  return files.map(({ name, data }) => ({ name, result: importFile(data, { dom: jsdomEnv(), now: fixedClock, fileName: name }) }));
}

describe('hostile import files', () => {
  it('every attack file imports its good rows and refuses script addresses', async () => {
    const all = await imported();
    expect(all.map((f) => f.name)).toEqual(['bookmarks-attack.html', 'kiosque-attack.json', 'pocket-attack.html', 'omnivore-attack.zip']);
    for (const { name, result } of all) {
      expect(result.articles.length, name).toBeGreaterThan(0);
      for (const article of result.articles) {
        expect(isPlainUrl(article.url), `${name}: ${article.url}`).toBe(true);
        expect(isPlainUrl(article.pageUrl), `${name}: ${article.pageUrl}`).toBe(true);
        expect(isPlainUrl(article.leadImage), `${name}: ${article.leadImage}`).toBe(true);
      }
      for (const collection of result.collections) {
        for (const url of collection.articleUrls) expect(isPlainUrl(url), `${name}: collection ${url}`).toBe(true);
      }
    }
  });

  it('stores no executable HTML from any file, twice parsed', async () => {
    for (const { name, result } of await imported()) {
      for (const article of result.articles) {
        expect(unsafeParts(article.html, parse), `${name}: ${article.url}`).toEqual([]);
      }
    }
  });

  it('pollutes no prototype through __proto__ keys, slugs or tags', async () => {
    await imported();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(({} as Record<string, unknown>).length).toBeUndefined();
  });

  it('exports what it imported as HTML and bookmarks with every hostile field escaped', async () => {
    const articles: LibraryArticle[] = (await imported()).flatMap(({ result }) =>
      result.articles.map((item, i) => ({ ...item, id: item.id ?? `imported-${i}` })),
    );
    const options = { title: `<script>${PAYLOAD}</script>`, locale: 'en' as const, now: fixedClock };
    for (const file of [await collectString(exportHtmlFile(articles, options)), await collectString(exportNetscape(articles, [], options.title, fixedClock))]) {
      const doc = parse(file);
      expect(doc.querySelectorAll('script, iframe, object, embed, svg, form, base, meta[http-equiv="refresh" i]')).toHaveLength(0);
      const handlers = Array.from(doc.querySelectorAll('*')).flatMap((el) =>
        Array.from(el.attributes).filter((a) => a.name.toLowerCase().startsWith('on')).map((a) => `${el.localName} ${a.name}`),
      );
      expect(handlers).toEqual([]);
      const links = Array.from(doc.querySelectorAll('a[href]')).map((a) => a.getAttribute('href') ?? '');
      expect(links.filter((href) => !/^(?:https?:|mailto:|#)/i.test(href))).toEqual([]);
    }
  });
});
