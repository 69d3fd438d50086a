/**
 * Robustness over the shared corpora (../shared/corpora, beside the checkout):
 * extraction under linkedom never throws on any of the 181 benchmark pages
 * or the 41 Readability test pages, and every benchmark page (all genuine
 * articles) yields text. The corpora are required; a missing folder fails.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../core/extract';
import { jsdomWindow, linkedomDocument, NOW } from './extract/dom';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpora = path.resolve(repoRoot, '../shared/corpora');

interface Page {
  name: string;
  url: string;
  /** `<html lang>` as the corpus index records it. */
  declared?: string;
  read: () => string;
}

function aebPages(): Page[] {
  const truth = JSON.parse(fs.readFileSync(path.join(corpora, 'aeb/ground-truth.json'), 'utf8')) as Record<string, { url: string }>;
  const declared = new Map(
    fs
      .readFileSync(path.join(corpora, 'aeb/index.tsv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((row) => row.split('\t'))
      .map(([id, , lang]) => [id ?? '', (lang ?? '').toLowerCase().split('-')[0] ?? ''] as const),
  );
  return Object.entries(truth).map(([id, { url }]) => ({
    name: id.slice(0, 12),
    url,
    declared: declared.get(id) ?? '',
    read: () => zlib.gunzipSync(fs.readFileSync(path.join(corpora, 'aeb/html', `${id}.html.gz`))).toString('utf8'),
  }));
}

function readabilityPages(): Page[] {
  const dir = path.join(corpora, 'readability-pages');
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => ({
      name: e.name,
      url: 'http://fakehost/test/page.html',
      read: () => fs.readFileSync(path.join(dir, e.name, 'source.html'), 'utf8'),
    }));
}

interface RunResult {
  failures: string[];
  empty: string[];
  texts: Map<string, string>;
  langs: Map<string, string | null>;
  bylines: Map<string, string | null>;
}

function run(pages: Page[]): RunResult {
  const failures: string[] = [];
  const empty: string[] = [];
  const texts = new Map<string, string>();
  const langs = new Map<string, string | null>();
  const bylines = new Map<string, string | null>();
  for (const page of pages) {
    try {
      const article = extractArticle(linkedomDocument(page.read()), page.url, { now: NOW, sanitizerWindow: jsdomWindow() });
      texts.set(page.name, article.text);
      langs.set(page.name, article.lang);
      bylines.set(page.name, article.byline);
      if (article.text.trim() === '') empty.push(page.name);
    } catch (error) {
      failures.push(`${page.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { failures, empty, texts, langs, bylines };
}

describe('shared corpora', () => {
  it('finds the corpora beside the checkout', () => {
    expect(fs.existsSync(path.join(corpora, 'aeb/ground-truth.json'))).toBe(true);
    expect(fs.existsSync(path.join(corpora, 'readability-pages'))).toBe(true);
  });

  it('extracts every benchmark page without throwing, and with text', { timeout: 120_000 }, () => {
    const pages = aebPages();
    expect(pages.length).toBe(181);
    const { failures, empty, langs } = run(pages);
    expect(failures).toEqual([]);
    expect(empty).toEqual([]);
    // The corpus warns that <html lang> lies: two English businessinsider.com
    // pages declare `de`. The text wins.
    const liars = pages.filter((p) => p.url.includes('businessinsider.com') && p.declared === 'de');
    expect(liars.length).toBe(2);
    for (const page of liars) expect(langs.get(page.name), page.url).toBe('en');
  });

  it('extracts every Readability test page without throwing', { timeout: 60_000 }, () => {
    const pages = readabilityPages();
    expect(pages.length).toBe(41);
    const { failures, texts, bylines } = run(pages);
    expect(failures).toEqual([]);
    // Bylines where a naive reading goes wrong: a dateline span taken for the
    // byline, a date glued to the name, a menu entry, Dublin Core preferred.
    expect(bylines.get('wapo-1')).toBe('Erin Cunningham');
    expect(bylines.get('lwn-1')).toBe('Nathan Willis');
    expect(bylines.get('yahoo-4')).toBeNull();
    expect(bylines.get('003-metadata-preferred')).toBe('Dublin Core property author');
    expect(bylines.get('lemonde-1')).toBe('Martin Untersinger, Damien Leloup, Morgane Tual');
    // Spot checks that the text is the article, not the page chrome.
    expect(texts.get('lemonde-1')).toContain('Les députés ont, sans surprise, adopté à une large majorité');
    expect(texts.get('qq')).toContain('DeepMind');
  });
});
