/**
 * Markdown export: a zip with one `.md` file per article, YAML front
 * matter for the metadata and the body converted by Turndown, which reads
 * a DOM node from the caller's parser (core/ has no DOM of its own).
 */
import TurndownService from 'turndown';
import type { DomEnv } from './dom-env';
import { UniqueNames } from './file-names';
import type { ArticleSource, Collection, ExportOptions, LibraryArticle } from './types';
import { frontMatter } from './yaml';
import { writeZip, type ZipEntryInput } from './zip-write';

function converter(): TurndownService {
  const service = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-' });
  service.remove(['script', 'style', 'noscript']);
  return service;
}

export function articleToMarkdown(
  article: LibraryArticle,
  dom: DomEnv,
  collections: string[] = [],
  service: TurndownService = converter(),
): string {
  const head = frontMatter([
    ['title', article.title],
    ['url', article.url],
    ['site', article.siteName],
    ['byline', article.byline],
    ['authors', article.authors],
    ['published', article.publishedAt],
    ['saved', new Date(article.savedAt).toISOString()],
    ['status', article.status],
    ['favourite', article.favourite],
    ['progress', article.progress],
    ['edition', article.edition?.id ?? null],
    ['themes', article.themes.map((t) => t.id)],
    ['labels', article.labels],
    ['collections', collections],
    ['lang', article.lang],
    ['excerpt', article.excerpt],
  ]);
  const body =
    article.html.trim() === ''
      ? `<${article.url}>`
      : service.turndown(dom.parseHtml(article.html).body as unknown as TurndownService.Node);
  const notes = article.notes.trim() === '' ? '' : `\n\n## Notes\n\n${article.notes.trim()}`;
  const highlights = (article.highlights ?? [])
    .map((h) => `> ${h.quote.replace(/\n/g, '\n> ')}${h.note ? `\n\n${h.note}` : ''}`)
    .join('\n\n');
  return `${head}\n${body}${notes}${highlights === '' ? '' : `\n\n## Highlights\n\n${highlights}`}\n`;
}

function membership(collections: Collection[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const c of collections) for (const url of c.articleUrls) map.set(url, [...(map.get(url) ?? []), c.name]);
  return map;
}

export function exportMarkdownZip(
  articles: ArticleSource,
  collections: Collection[],
  options: Pick<ExportOptions, 'now'>,
  dom: DomEnv,
): AsyncGenerator<Uint8Array> {
  const names = new UniqueNames();
  const service = converter();
  const inCollections = membership(collections);
  async function* entries(): AsyncGenerator<ZipEntryInput> {
    for await (const article of articles) {
      yield {
        name: names.next(article.title, 'md'),
        data: articleToMarkdown(article, dom, inCollections.get(article.url) ?? [], service),
      };
    }
  }
  return writeZip(entries(), options.now());
}
