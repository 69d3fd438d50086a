/** Every unreadable file ends in a typed KiosqueError that says where, and nothing half-imported. */
import { describe, expect, it } from 'vitest';
import { KiosqueError, type KiosqueErrorCode } from '../../../core/errors';
import { collectBytes } from '../../../core/formats/collect';
import { detectFormat } from '../../../core/formats/detect';
import { importFile } from '../../../core/formats/import-file';
import { parseTimestamp } from '../../../core/formats/imported-item';
import { writeZip } from '../../../core/formats/zip-write';
import { IMPORT_LIMITS } from '../../../core/formats/limits';
import { fixedClock, FIXED_NOW, jsdomEnv } from './helpers';

const options = { dom: jsdomEnv(), now: fixedClock };

function errorOf(fn: () => unknown): KiosqueError {
  try {
    fn();
  } catch (error) {
    if (error instanceof KiosqueError) return error;
    throw error;
  }
  throw new Error('expected a KiosqueError');
}

function expectCode(fn: () => unknown, code: KiosqueErrorCode, pattern?: RegExp): void {
  const error = errorOf(fn);
  expect(error.code).toBe(code);
  if (pattern) expect(error.message).toMatch(pattern);
}

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('files that are not exports', () => {
  it('empty and blank files', () => {
    expectCode(() => importFile(new Uint8Array(0), options), 'import-failed', /empty/);
    expectCode(() => importFile(utf8(' \n\t\n'), options), 'import-failed', /empty/);
    expectCode(() => detectFormat(''), 'import-failed', /empty/);
  });

  it('binary files (an image, UTF-16 text)', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    expectCode(() => importFile(png, options), 'unsupported-format', /binary/);
    const utf16 = new Uint8Array([0xff, 0xfe, 0x75, 0x00, 0x72, 0x00, 0x6c, 0x00]);
    expectCode(() => importFile(utf16, options), 'unsupported-format', /binary/);
  });

  it('invalid UTF-8', () => {
    expectCode(() => importFile(new Uint8Array([0x75, 0x72, 0x6c, 0x0a, 0xc3, 0x28]), options), 'import-failed', /UTF-8/);
  });

  it('wrong formats: another JSON, another HTML, an unrelated CSV, a zip of photos', async () => {
    expectCode(() => importFile('{"bookmarks": []}', options), 'unsupported-format', /not a Kiosque/);
    expectCode(() => importFile('<!DOCTYPE html><html><body><p>Hello</p></body></html>', options), 'unsupported-format');
    expectCode(() => importFile('name,email\nAna,ana@example.com\n', { ...options, fileName: 'contacts.csv' }), 'unsupported-format', /contacts\.csv/);
    const zip = await collectBytes(writeZip([{ name: 'IMG_0001.txt', data: 'not a photo really' }], FIXED_NOW));
    expectCode(() => importFile(zip, options), 'unsupported-format', /neither/);
  });

  it('a manual format choice that does not fit the file', () => {
    expectCode(() => importFile('title,url\nx,https://a.example\n', { ...options, format: 'instapaper-csv' }), 'unsupported-format', /folder/);
    expectCode(() => importFile('<p>not bookmarks</p>', { ...options, format: 'netscape-html' }), 'unsupported-format');
  });

  it('a newer Kiosque JSON version', () => {
    expectCode(() => importFile('{"format":"kiosque","version":2,"articles":[],"collections":[]}', options), 'unsupported-format', /version 2/);
  });
});

describe('damaged files', () => {
  it('truncated Kiosque JSON', () => {
    const text = '{"format":"kiosque","version":1,"exportedAt":"2024-01-01T00:00:00.000Z","articles":[{"id":"a","url":"https://a.ex';
    expectCode(() => importFile(text, options), 'import-failed', /JSON/);
  });

  it('Kiosque JSON with one malformed article: the same error as a whole-file parse, nothing returned', () => {
    const good = '{"id":"a","url":"https://a.example/"}';
    const text = `{"format":"kiosque","version":1,"articles":[${good},{"id":"b","url":},${good}],"collections":[]}`;
    let wholeMessage = '';
    try {
      JSON.parse(text);
    } catch (error) {
      wholeMessage = (error as Error).message;
    }
    const error = errorOf(() => importFile(text, options));
    expect(error.code).toBe('import-failed');
    expect(error.message).toBe(`Not valid JSON (truncated?): ${wholeMessage}`);
  });

  it('a Pocket CSV with an unbalanced quote names the line and returns nothing', () => {
    const text = 'title,url,time_added,tags,status\nOk,https://a.example,1700000000,,unread\n"Broken,https://b.example,1700000001,,unread\nNext,https://c.example,1700000002,,unread\n';
    const error = errorOf(() => importFile(text, options));
    expect(error.code).toBe('import-failed');
    expect(error.details).toEqual({ where: 'line 3' });
  });

  it('a truncated zip', async () => {
    const zip = await collectBytes(writeZip([{ name: 'part_000000.csv', data: 'url\nhttps://a.example\n'.repeat(100) }], FIXED_NOW));
    expectCode(() => importFile(zip.subarray(0, zip.length / 2), options), 'import-failed', /truncated|damaged/);
  });

  it('a Kiosque backup gets the larger backup cap, other files do not', () => {
    const limits = { ...IMPORT_LIMITS, maxFileBytes: 100, maxBackupBytes: 1000 };
    const backup = JSON.stringify({ format: 'kiosque', version: 1, exportedAt: '2024-01-01T00:00:00.000Z', articles: [], collections: [], pad: 'x'.repeat(200) });
    expect(importFile(backup, { ...options, limits }).articles).toEqual([]);
    expectCode(() => importFile(backup + ' '.repeat(1000), { ...options, limits }), 'import-failed', /too large/);
    const csv = 'title,url\n' + 'A,https://a.example/\n'.repeat(10);
    expectCode(() => importFile(csv, { ...options, limits }), 'import-failed', /too large/);
  });

  it('a file over the size cap is refused before parsing', () => {
    const big = new Uint8Array(65 * 1024 * 1024);
    const started = performance.now();
    expectCode(() => importFile(big, options), 'import-failed', /too large/);
    expect(performance.now() - started).toBeLessThan(200);
  });
});

describe('hostile content', () => {
  it('sanitises Netscape titles and imported HTML', () => {
    const kiosque = JSON.stringify({
      format: 'kiosque',
      version: 1,
      exportedAt: '2024-01-01T00:00:00.000Z',
      articles: [
        {
          id: 'a', url: 'https://a.example/x', pageUrl: 'https://a.example/x', kind: 'article', title: '<img src=x onerror=alert(1)>',
          siteName: null, byline: null, authors: [], excerpt: null, leadImage: null, lang: null, dir: null, section: null,
          keywords: [], publishedAt: null, modifiedAt: null, savedAt: 1, updatedAt: 1, status: 'unread', favourite: false,
          edition: null, themes: [], editionId: '', themeIds: [], labels: [], notes: '', progress: 0, wordCount: 1,
          readingMinutes: 1, html: '<p onmouseover="x()">ok</p><script>alert(1)</script><iframe src="https://evil.example"></iframe><a href="javascript:alert(1)">j</a>', text: 'ok',
        },
      ],
      collections: [],
    });
    const html = importFile(kiosque, options).articles[0]!.html;
    expect(html).toBe('<p>ok</p><a>j</a>');
  });

  it('refuses a DOM that cannot sanitise (linkedom) instead of passing HTML through', async () => {
    const { parseHTML } = await import('linkedom');
    const { window } = parseHTML('<html><body></body></html>');
    const dom = { parseHtml: (h: string) => parseHTML(h).document as unknown as Document, window: window as unknown as typeof options.dom.window };
    const kiosque = '{"format":"kiosque","version":1,"articles":[' +
      JSON.stringify({
        id: 'a', url: 'https://a.example/', pageUrl: 'https://a.example/', kind: 'article', title: 't', siteName: null, byline: null,
        authors: [], excerpt: null, leadImage: null, lang: null, dir: null, section: null, keywords: [], publishedAt: null,
        modifiedAt: null, savedAt: 1, updatedAt: 1, status: 'unread', favourite: false, edition: null, themes: [], editionId: '',
        themeIds: [], labels: [], notes: '', progress: 0, wordCount: 1, readingMinutes: 1, html: '<script>x</script>', text: '',
      }) + '],"collections":[]}';
    expectCode(() => importFile(kiosque, { dom, now: fixedClock }), 'invalid-input', /sanitise/);
  });
});

describe('timestamps', () => {
  it('reads seconds, milliseconds and ISO dates', () => {
    expect(parseTimestamp('1700000000')).toBe(1700000000000);
    expect(parseTimestamp('1700000000000')).toBe(1700000000000);
    expect(parseTimestamp(1700000000.5)).toBe(1700000000500);
    expect(parseTimestamp('2024-01-10T09:15:00.000Z')).toBe(Date.UTC(2024, 0, 10, 9, 15));
    expect(parseTimestamp('')).toBeNull();
    expect(parseTimestamp('yesterday')).toBeNull();
    expect(parseTimestamp('0')).toBeNull();
  });

  it('rejects a row whose time cannot be read instead of inventing one', () => {
    const result = importFile('title,url,time_added,tags,status\nA,https://a.example,soon,,unread\n', options);
    expect(result.articles).toEqual([]);
    expect(result.report.failed).toEqual([{ where: 'line 2', reason: 'unreadable time_added "soon"' }]);
  });
});
