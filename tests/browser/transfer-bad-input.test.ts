/**
 * Bad files through importData: each one is refused (or its bad rows are
 * listed) with a typed error naming the line or entry, and the library the
 * reader already has is exactly as it was.
 */
import { zipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { KiosqueError, type KiosqueErrorCode } from '../../core/errors';
import { manualCollection, seed, seedArticle, snapshot, transferEnv, type TransferEnv } from './transfer-helpers';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const POCKET_HEADER = 'title,url,time_added,tags,status\n';

let env: TransferEnv;
let before: Awaited<ReturnType<typeof snapshot>>;

beforeEach(async () => {
  env = transferEnv();
  await seed(env.db, [seedArticle({ url: 'https://a.example/kept', status: 'archived', labels: ['mine'] }), seedArticle()], [
    manualCollection('c-1', 'Madrid'),
  ]);
  before = await snapshot(env.db);
});

async function refused(input: Blob | string | Uint8Array, code: KiosqueErrorCode, message?: RegExp, format?: Parameters<TransferEnv['transfer']['importData']>[1]) {
  const error = await env.transfer.importData(input, format).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(KiosqueError);
  expect((error as KiosqueError).code).toBe(code);
  if (message) expect((error as KiosqueError).message).toMatch(message);
  expect(await snapshot(env.db)).toEqual(before);
  return error as KiosqueError;
}

describe('refused files leave the library unchanged', () => {
  it('empty and blank', async () => {
    await refused(new Uint8Array(0), 'import-failed', /empty/);
    await refused('  \n ', 'import-failed', /empty/);
  });

  it('binary (a PNG header and noise)', async () => {
    await refused(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0, 1, 2, 3]), 'unsupported-format', /binary/);
  });

  it('truncated Kiosque JSON', async () => {
    await refused('{"format":"kiosque","version":1,"articles":[{"id":"a","url":"https://a.ex', 'import-failed', /JSON/);
  });

  it('wrong formats, and a manual choice that does not fit', async () => {
    await refused('{"name":"package","version":"1.0.0"}', 'unsupported-format');
    await refused('<html><body><h1>Hello</h1></body></html>', 'unsupported-format');
    await refused('name,email\nAna,ana@example.com\n', 'unsupported-format');
    await refused(POCKET_HEADER + 'A,https://b.example/,1700000000,,unread\n', 'import-failed', /JSON/, 'kiosque-json');
    await refused('x', 'unsupported-format', /Unknown import format/, 'docx' as never);
  });

  it('a CSV with an unbalanced quote names the line', async () => {
    const error = await refused(
      POCKET_HEADER + 'Ok,https://b.example/,1700000000,,unread\n"Broken,https://c.example/,1700000001,,unread\nNext,https://d.example/,1700000002,,unread\n',
      'import-failed',
    );
    expect(error.details).toEqual({ where: 'line 3' });
  });

  it('a zip bomb', async () => {
    await refused(zipSync({ 'part_000000.csv': new Uint8Array(20 * 1024 * 1024) }, { level: 9 }), 'import-failed', /zip bomb/);
  });

  it('path traversal in zip entries', async () => {
    const error = await refused(zipSync({ '../../etc/part_000000.csv': utf8(POCKET_HEADER + 'A,https://b.example/,1700000000,,unread\n') }), 'import-failed');
    expect(error.message).toMatch(/\.\.\/\.\.\/etc/);
  });

  it('a 50 MB file that is not an export is refused whole, and quickly', async () => {
    const big = new Uint8Array(50 * 1024 * 1024).fill(0x41);
    big.set(utf8('name,email\n'));
    await refused(new Blob([big]), 'unsupported-format');
  });

  it('a file over the cap is refused from its size, before it is read', async () => {
    const huge = new Blob([new Uint8Array(8)]);
    Object.defineProperty(huge, 'size', { value: 500 * 1024 * 1024 });
    await refused(huge, 'import-failed', /too large/);
  });
});

describe('files with some bad rows import the rest and list the bad ones', () => {
  it('rows with an unreadable URL or time are named by line', async () => {
    const outcome = await env.transfer.importData(
      POCKET_HEADER + 'A,https://b.example/,1700000000,,unread\nB,ftp://c.example/,1700000001,,unread\nC,https://d.example/,soon,,unread\n',
    );
    expect(outcome.added).toBe(1);
    expect(outcome.failed.map((f) => f.where)).toEqual(['line 3', 'line 4']);
    expect(await env.db.articles.count()).toBe(before.articles.length + 1);
  });

  it('dates in seconds and in milliseconds land on the same instant', async () => {
    await env.transfer.importData(POCKET_HEADER + 'S,https://s.example/,1700000000,,unread\nM,https://m.example/,1700000000000,,unread\n');
    const rows = await env.db.articles.where('url').anyOf('https://s.example/', 'https://m.example/').toArray();
    expect(rows.map((r) => r.savedAt)).toEqual([1_700_000_000_000, 1_700_000_000_000]);
  });

  it('HTML with scripts is stored sanitised', async () => {
    const backup = {
      format: 'kiosque',
      version: 1,
      exportedAt: '2026-11-27T00:00:00.000Z',
      articles: [
        {
          ...seedArticle({ url: 'https://e.example/x', html: '<p onclick="steal()">ok</p><script>alert(1)</script><a href="javascript:alert(1)">j</a>' }),
          highlights: [],
        },
      ],
      collections: [],
    };
    const outcome = await env.transfer.importData(JSON.stringify(backup));
    const body = await env.db.bodies.get(outcome.articleIds[0]!);
    expect(body?.html).toBe('<p>ok</p><a>j</a>');
  });

  it('bookmark titles with markup are stored as text', async () => {
    const file =
      '<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<DL><p>\n<DT><A HREF="https://f.example/" ADD_DATE="1700000000">&lt;img src=x onerror=alert(1)&gt;Titre</A>\n</DL>\n';
    await env.transfer.importData(file);
    const row = await env.db.articles.where('url').equals('https://f.example/').first();
    expect(row?.title).toBe('<img src=x onerror=alert(1)>Titre');
  });
});
