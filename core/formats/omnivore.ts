/**
 * Omnivore's export zip: `metadata_<from>_to_<to>.json` (arrays of items),
 * `content/<slug>.html` (or `contents/`), `highlights/<slug>.md`.
 * Content is sanitised on the way in: it is someone else's HTML.
 */
import { KiosqueError } from '../errors';
import { countWords, htmlToText, readingMinutesFor, sanitizeHtml, type DomEnv } from './dom-env';
import { ImportCollector, parseTimestamp } from './imported-item';
import { safeHref } from './xml-escape';
import { runImportSteps } from './steps';
import type { Highlight, ImportResult, ImportSteps } from './types';
import type { ZipArchive } from './zip-read';

const METADATA = /(^|\/)metadata_[^/]*\.json$/;

export function looksLikeOmnivore(zip: ZipArchive): boolean {
  return zip.names.some((n) => METADATA.test(n));
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** `<folder>/<slug>.<ext>` → map slug → entry name, whatever the top-level folder. */
function indexBy(zip: ZipArchive, folders: string[], ext: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const name of zip.names) {
    const parts = name.split('/');
    const folder = parts[parts.length - 2];
    if (folder !== undefined && folders.includes(folder) && name.endsWith(ext)) {
      map.set(baseName(name).slice(0, -ext.length), name);
    }
  }
  return map;
}

/**
 * Highlights files hold one block per highlight: `> quote` lines (the
 * quote ends with a `[⤴️](link)` back to Omnivore), then the reader's note.
 */
export function parseOmnivoreHighlights(markdown: string, slug: string): Highlight[] {
  const highlights: Highlight[] = [];
  const blocks = markdown.replace(/\r\n?/g, '\n').split(/\n\s*\n/);
  let current: Highlight | null = null;
  for (const block of blocks) {
    const lines = block.split('\n');
    const quoteLines = lines.filter((l) => l.startsWith('>'));
    const rest = lines.filter((l) => !l.startsWith('>') && l.trim() !== '' && !/^#\s/.test(l));
    if (quoteLines.length > 0) {
      const quote = quoteLines
        .map((l) => l.replace(/^>\s?/, ''))
        .join('\n')
        .replace(/\s*\[⤴️?\]\([^)]*\)\s*$/u, '')
        .trim();
      current = { id: `${slug}#${highlights.length + 1}`, quote, note: null, createdAt: null, color: null, prefix: null, suffix: null };
      highlights.push(current);
    }
    if (current && rest.length > 0) {
      const note = rest.join('\n').trim();
      current.note = current.note ? `${current.note}\n\n${note}` : note;
    }
  }
  return highlights.filter((h) => h.quote !== '');
}

export function importOmnivore(zip: ZipArchive, dom: DomEnv, now: number): ImportResult {
  return runImportSteps(omnivoreSteps(zip, dom, now));
}

/** importOmnivore one item at a time, each item's stored page being sanitised on the way. */
export function* omnivoreSteps(zip: ZipArchive, dom: DomEnv, now: number): ImportSteps {
  const metadataFiles = zip.names.filter((n) => METADATA.test(n)).sort();
  if (metadataFiles.length === 0) throw new KiosqueError('unsupported-format', 'No metadata_*.json: not an Omnivore export');
  const contents = indexBy(zip, ['content', 'contents'], '.html');
  const highlightFiles = indexBy(zip, ['highlights'], '.md');
  const collector = new ImportCollector(now);
  // Every list is read first, so that progress can count against the whole export.
  const lists: { file: string; items: unknown[] }[] = [];
  for (const file of metadataFiles) {
    let items: unknown;
    try {
      items = JSON.parse(zip.readText(file));
    } catch (error) {
      if (error instanceof KiosqueError) throw error;
      throw new KiosqueError('import-failed', `entry ${file} is not valid JSON`, { where: `entry ${file}` });
    }
    if (!Array.isArray(items)) throw new KiosqueError('import-failed', `entry ${file} is not a list`, { where: `entry ${file}` });
    lists.push({ file, items });
  }
  const addItem = (raw: unknown, file: string, i: number): void => {
    const where = `entry ${file}#${i}`;
    if (typeof raw !== 'object' || raw === null) return collector.fail(where, 'not an object');
    const item = raw as Record<string, unknown>;
    const text = (key: string): string | null => (typeof item[key] === 'string' ? (item[key] as string) : null);
    const url = text('url');
    if (!url) return collector.fail(where, 'no url');
    const state = (text('state') ?? '').toLowerCase();
    if (state === 'deleted') return collector.skip();
    const slug = text('slug') ?? '';
    const contentEntry = contents.get(slug);
    const html = contentEntry ? sanitizeHtml(zip.readText(contentEntry), dom, url) : '';
    const plain = htmlToText(html, dom);
    const words = countWords(plain);
    const highlightEntry = highlightFiles.get(slug);
    const rawProgress = typeof item.readingProgress === 'number' ? item.readingProgress : 0;
    // Omnivore counts progress in percent.
    const progress = rawProgress > 1 ? rawProgress / 100 : rawProgress;
    const labels = Array.isArray(item.labels)
      ? item.labels.map((l: unknown) => (typeof l === 'string' ? l : typeof l === 'object' && l && 'name' in l ? String(l.name) : ''))
      : [];
    collector.add(
      {
        url,
        title: text('title'),
        savedAt: parseTimestamp(text('savedAt')),
        status: state === 'archived' ? 'archived' : progress >= 1 ? 'read' : 'unread',
        labels,
        progress,
        byline: text('author'),
        excerpt: text('description'),
        leadImage: safeHref(text('thumbnail') ?? ''),
        publishedAt: text('publishedAt'),
        html,
        text: plain,
        wordCount: words,
        readingMinutes: readingMinutesFor(words),
        highlights: highlightEntry ? parseOmnivoreHighlights(zip.readText(highlightEntry), slug) : [],
      },
      where,
    );
  };
  const total = lists.reduce((n, list) => n + list.items.length, 0);
  let done = 0;
  for (const { file, items } of lists) {
    for (let i = 0; i < items.length; i++) {
      addItem(items[i], file, i);
      yield { done: ++done, total };
    }
  }
  return collector.finish();
}
