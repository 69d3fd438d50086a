import { beforeEach, describe, expect, it, vi } from 'vitest';
import { KiosqueError } from '../../core/errors';
import type { Article, ArticleStatus } from '../../core/model';
import { listEditions } from '../../core/tagging/editions-list';
import type { TagPatch } from '../../lib/api-types';
import type { ReaderApi } from '../../entrypoints/reader/App';
import { ReaderApp } from '../../entrypoints/reader/App';
import { sanitizeForReader } from '../../components/sanitize-html';
import { fakeArticle, fakeEdition } from '../factories';
import { byText, click, mount, useLocale, waitFor } from './ui-helpers';
import { emptyPage, memoryFontSizes } from './support/reader-doubles';

const HOSTILE = [
  '<p>First paragraph.</p>',
  '<img src="https://img.example/a.jpg" onerror="window.__pwned = true" alt="A">',
  '<script>window.__pwned = true</script>',
  '<a href="javascript:window.__pwned = true">bad link</a>',
  '<a href="https://example.org/more" onclick="window.__pwned = true">good link</a>',
  '<iframe src="https://evil.example/"></iframe>',
  '<p style="position:fixed;inset:0">Overlay</p>',
  '<form action="https://evil.example"><input name="q"></form>',
].join('');

function readerApi(article: Article | null) {
  let current = article;
  return {
    getArticle: vi.fn(async (id: string) => {
      if (!current || current.id !== id) throw new KiosqueError('not-found', `No article ${id}`);
      return current;
    }),
    setStatus: vi.fn(async (_id: string, status: ArticleStatus) => {
      if (!current) throw new KiosqueError('not-found', 'gone');
      current = { ...current, status };
      return current;
    }),
    setTags: vi.fn(async (_id: string, patch: TagPatch) => {
      if (!current) throw new KiosqueError('not-found', 'gone');
      current = { ...current, edition: patch.edition === undefined ? current.edition : patch.edition };
      return current;
    }),
    setProgress: vi.fn(async () => undefined),
    // A library holding only this article: no next unread.
    queryList: vi.fn(async () => emptyPage()),
  } satisfies ReaderApi;
}

function mountReader(id: string | null, api: ReaderApi, onTitle?: (title: string) => void) {
  return mount(
    <ReaderApp
      id={id}
      api={api}
      editions={listEditions()}
      lang="en"
      locale="en-GB"
      onTitle={onTitle}
      fontSizes={memoryFontSizes()}
      readerHref={(next) => `?id=${next}`}
    />,
  );
}

beforeEach(() => {
  useLocale('en');
  delete (window as { __pwned?: boolean }).__pwned;
});

describe('reader page', () => {
  it('renders stored HTML re-sanitised: no handlers, scripts, javascript: links, frames, forms or styles', async () => {
    const article = fakeArticle({ id: 'x', html: HOSTILE });
    const root = mountReader('x', readerApi(article));
    const body = await waitFor(() => {
      const el = root.querySelector('.reader__body');
      if (!el) throw new Error('not rendered');
      return el;
    });
    expect(body.querySelector('p')?.textContent).toBe('First paragraph.');
    const img = body.querySelector('img');
    expect(img?.getAttribute('src')).toBe('https://img.example/a.jpg');
    expect(img?.hasAttribute('onerror')).toBe(false);
    expect(img?.getAttribute('loading')).toBe('lazy');
    expect(body.querySelector('script, iframe, form, input, [style], [onclick]')).toBeNull();
    const links = [...body.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([null, 'https://example.org/more']);
    expect(links[1]?.getAttribute('target')).toBe('_blank');
    expect(links[1]?.getAttribute('rel')).toBe('noopener noreferrer');
    expect((window as { __pwned?: boolean }).__pwned).toBeUndefined();
  });

  it('shows the metadata header in the article’s own language and direction', async () => {
    const article = fakeArticle({
      id: 'ar',
      title: 'عنوان المقال',
      byline: 'Nadia',
      siteName: 'Al Example',
      lang: 'ar',
      dir: 'rtl',
      publishedAt: '2026-11-26T09:30:00Z',
      readingMinutes: 7,
      pageUrl: 'https://example.org/ar/1',
      edition: fakeEdition(),
      themes: [{ id: 'health', source: 'text', confidence: 0.7 }],
    });
    const onTitle = vi.fn();
    const root = mountReader('ar', readerApi(article), onTitle);
    const h1 = await waitFor(() => {
      const el = root.querySelector('h1');
      if (!el) throw new Error('not rendered');
      return el;
    });
    expect(h1.textContent).toBe('عنوان المقال');
    expect(h1.getAttribute('dir')).toBe('rtl');
    expect(h1.getAttribute('lang')).toBe('ar');
    expect(root.querySelector('.reader__body')?.getAttribute('dir')).toBe('rtl');
    expect(root.querySelector('.reader__byline')?.textContent).toBe('Nadia');
    const meta = root.querySelector('.reader__meta')?.textContent ?? '';
    expect(meta).toContain('Published 26 November 2026');
    expect(meta).toContain('7 min read');
    expect(meta).toContain('Arabic');
    expect(root.querySelector('.chip--edition')?.textContent).toBe('Madrid');
    expect(byText(root, 'a', 'Original article')[0]?.getAttribute('href')).toBe('https://example.org/ar/1');
    expect(onTitle).toHaveBeenCalledWith('عنوان المقال');
  });

  it('says so when no id is given, without touching storage', () => {
    const api = readerApi(null);
    const root = mountReader(null, api);
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('No article was given');
    expect(api.getArticle).not.toHaveBeenCalled();
  });

  it('shows a clear state for a deleted or unknown id', async () => {
    const root = mountReader('gone', readerApi(fakeArticle({ id: 'other' })));
    await waitFor(() => expect(root.querySelector('[role="alert"]')?.textContent).toContain('no longer in your reading list'));
    expect(root.querySelector('.reader__body')).toBeNull();
  });

  it('marks read and unread from the header', async () => {
    const api = readerApi(fakeArticle({ id: 'r', status: 'unread' }));
    const root = mountReader('r', api);
    await waitFor(() => expect(byText(root, 'button', 'Mark as read')).toHaveLength(1));
    await click(byText(root, 'button', 'Mark as read')[0]);
    expect(api.setStatus).toHaveBeenCalledWith('r', 'read');
    await waitFor(() => expect(byText(root, 'button', 'Mark as unread')).toHaveLength(1));
  });

  it('edits the edition from the header chip', async () => {
    const api = readerApi(fakeArticle({ id: 't', edition: null }));
    const root = mountReader('t', api);
    await waitFor(() => expect(root.querySelector('.chip--edition')).not.toBeNull());
    await click(root.querySelector('.chip--edition'));
    const lisbon = [...root.querySelectorAll('.picker__option')].find((o) => o.textContent?.startsWith('Lisbon'));
    await click(lisbon);
    expect(api.setTags).toHaveBeenCalledWith('t', { edition: expect.objectContaining({ source: 'user', label: expect.objectContaining({ en: 'Lisbon' }) }) });
    await waitFor(() => expect(root.querySelector('.chip--edition')?.textContent).toBe('Lisbon'));
  });

  it('falls back to the excerpt for a link saved without text', async () => {
    const root = mountReader('l', readerApi(fakeArticle({ id: 'l', kind: 'link', html: '', excerpt: 'Teaser.' })));
    await waitFor(() => expect(root.querySelector('.reader__body--empty')?.textContent).toContain('Teaser.'));
    expect(root.querySelector('.reader__body--empty')?.textContent).toContain('saved as a link');
  });
});

describe('sanitizeForReader', () => {
  it('keeps ordinary article markup intact', () => {
    const html = '<h2>Sub</h2><p>Text with <em>emphasis</em> and <a href="https://a.example/">a link</a>.</p><figure><img src="https://a.example/i.png" alt=""><figcaption>Cap</figcaption></figure>';
    const out = document.createElement('div');
    out.innerHTML = sanitizeForReader(html);
    expect(out.querySelector('h2')?.textContent).toBe('Sub');
    expect(out.querySelector('em')?.textContent).toBe('emphasis');
    expect(out.querySelector('figcaption')?.textContent).toBe('Cap');
    expect(out.querySelector('img')?.getAttribute('referrerpolicy')).toBe('no-referrer');
  });
});
