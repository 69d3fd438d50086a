/**
 * A large import parses in slices: the page gets the event loop back between
 * them, sees the entries counted, and the library ends up exactly as with a
 * one-go parse. A failure in the middle still leaves the library unchanged.
 */
import { describe, expect, it, vi } from 'vitest';
import { KiosqueError } from '../../core/errors';
import { exportKiosqueJson, type ImportResult, type ImportSteps } from '../../core/formats';
import { pageDomEnv } from '../../lib/transfer/dom';
import { importData, importFiles, runInSlices, type ImportProgress } from '../../lib/transfer/import-data';
import { WRITE_CHUNK_CHARS } from '../../lib/transfer/import-write';
import { yieldToPage } from '../../lib/transfer/library-source';
import { noteIndexChange } from '../../lib/db/index-log';
import { NOW, seedArticle } from './transfer-helpers';
import { freshDb } from './support/kiosque-env';

async function backupOf(count: number, body = (i: number) => `Story ${i}`): Promise<string> {
  async function* rows() {
    for (let i = 0; i < count; i++) {
      const article = seedArticle({ id: `a${i}`, url: `https://example.com/story-${i}`, title: `Story ${i}` });
      yield { ...article, html: `<p>${body(i)}<img src="x" onerror="alert(${i})"></p>`, highlights: [] };
    }
  }
  const parts: string[] = [];
  for await (const chunk of exportKiosqueJson(rows(), [], () => NOW)) parts.push(chunk);
  return parts.join('');
}

function depsFor(db = freshDb(), sliceMs = 0) {
  let ids = 0;
  return { db: () => db, now: () => NOW, newId: () => `new-${++ids}`, dom: pageDomEnv, sliceMs };
}

describe('import parsing in slices', () => {
  it('counts the entries, lets timers run in between and stores every article', async () => {
    const deps = depsFor();
    const events: string[] = [];
    const parsing: ImportProgress[] = [];
    const text = await backupOf(40);
    setTimeout(() => events.push('timer'), 0);
    const outcome = await importData(deps, text, undefined, {
      onProgress: (p) => {
        if (p.phase !== 'parsing') return;
        parsing.push(p);
        events.push('parsing');
      },
    });
    expect(outcome.added).toBe(40);
    const counted = parsing.filter((p) => p.total > 0);
    expect(counted.length).toBeGreaterThan(1);
    expect(counted.every((p) => p.total === 40)).toBe(true);
    expect(counted.map((p) => p.done)).toEqual([...counted.map((p) => p.done)].sort((a, b) => a - b));
    // The timer queued before the import ran while entries were still being read.
    expect(events.indexOf('timer')).toBeGreaterThan(-1);
    expect(events.indexOf('timer')).toBeLessThan(events.lastIndexOf('parsing'));
    const bodies = await deps.db().bodies.toArray();
    expect(bodies).toHaveLength(40);
    for (const body of bodies) expect(body.html).not.toMatch(/onerror/);
  });

  it('reads Pocket CSV parts picked together row by row, with timers running in between', async () => {
    const part = (from: number) =>
      `title,url,time_added,tags,status\n${Array.from({ length: 25 }, (_, i) => `Madrid ${from + i},https://lepetitjournal.com/madrid/a-${from + i},1763000000,,unread`).join('\n')}\n`;
    const deps = depsFor();
    const events: string[] = [];
    const parsing: ImportProgress[] = [];
    setTimeout(() => events.push('timer'), 0);
    const [result] = await importFiles(
      deps,
      [
        { name: 'part_000001.csv', data: part(25) },
        { name: 'part_000000.csv', data: part(0) },
      ],
      undefined,
      (p) => {
        if (p.phase !== 'parsing') return;
        parsing.push(p);
        events.push('parsing');
      },
    );
    expect(result?.ok && result.outcome.added).toBe(50);
    const counted = parsing.filter((p) => p.total > 0);
    expect(counted.length).toBeGreaterThan(1);
    expect(counted.every((p) => p.total === 50)).toBe(true);
    expect(counted.at(-1)?.done).toBe(50);
    expect(events.indexOf('timer')).toBeGreaterThan(-1);
    expect(events.indexOf('timer')).toBeLessThan(events.lastIndexOf('parsing'));
  });

  it('stores the same library whatever the slice length', async () => {
    const text = await backupOf(12);
    const sliced = depsFor(freshDb(), 0);
    const whole = depsFor(freshDb(), Number.POSITIVE_INFINITY);
    await importData(sliced, text);
    await importData(whole, text);
    const rows = async (d: typeof sliced) => (await d.db().articles.toArray()).map(({ id: _id, ...row }) => row);
    expect(await rows(sliced)).toEqual(await rows(whole));
  });

  it('refuses a backup cut off mid-file with a typed error and writes nothing', async () => {
    const deps = depsFor();
    const text = await backupOf(20);
    const error = await importData(deps, text.slice(0, Math.floor(text.length / 2))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KiosqueError);
    expect((error as KiosqueError).code).toBe('import-failed');
    expect(await deps.db().articles.count()).toBe(0);
  });

  it('passes on an error thrown by a step', async () => {
    function* failing(): ImportSteps {
      yield { done: 1, total: 2 };
      throw new KiosqueError('import-failed', 'entry 2 is broken');
    }
    await expect(runInSlices(failing(), 0, () => {})).rejects.toMatchObject({ code: 'import-failed' });
  });

  it('reports progress only at slice ends', async () => {
    const result: ImportResult = { articles: [], collections: [], report: { added: 0, merged: 0, skipped: 0, failed: [] } };
    function* steps(): ImportSteps {
      for (let i = 1; i <= 5; i++) yield { done: i, total: 5 };
      return result;
    }
    const reported: number[] = [];
    expect(await runInSlices(steps(), Number.POSITIVE_INFINITY, (done) => reported.push(done))).toBe(result);
    expect(reported).toEqual([]);
    expect(await runInSlices(steps(), 0, (done) => reported.push(done))).toBe(result);
    expect(reported).toEqual([1, 2, 3, 4, 5]);
  });

  it('yields without timers, which hidden tabs slow down', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      // Frozen timers would hold a timer-based yield for ever.
      const stuck = new Promise((resolve) => setImmediate(() => setImmediate(() => resolve('stuck'))));
      await expect(Promise.race([yieldToPage().then(() => 'yielded'), stuck])).resolves.toBe('yielded');
    } finally {
      vi.useRealTimers();
    }
  });

  describe('a file over the 4 MB decoding slice', () => {
    // Three bytes per character: 4 MiB is not a multiple of three, so slices end inside characters.
    const euros = (i: number) => `${i} ${'€'.repeat(100_000)}`;

    it('decodes characters cut by a slice boundary, and decodes the file once', async () => {
      const bytes = new TextEncoder().encode(await backupOf(20, euros));
      expect(bytes.length).toBeGreaterThan(4 * 1024 * 1024);
      const decode = vi.spyOn(TextDecoder.prototype, 'decode');
      try {
        const deps = depsFor();
        const [result] = await importFiles(deps, [{ name: 'backup.json', data: bytes }]);
        expect(result?.ok).toBe(true);
        const decoded = decode.mock.calls.reduce((n, [input]) => n + ((input as Uint8Array | undefined)?.byteLength ?? 0), 0);
        expect(decoded).toBeLessThan(bytes.length * 1.01);
        const bodies = await deps.db().bodies.toArray();
        expect(bodies.map((b) => b.html.replace(/<[^>]*>/g, '')).sort()).toEqual(Array.from({ length: 20 }, (_, i) => euros(i)).sort());
      } finally {
        decode.mockRestore();
      }
    });

    it('refuses a large file that is not UTF-8 with the usual error, and writes nothing', async () => {
      const bytes = new TextEncoder().encode(await backupOf(20, euros));
      bytes[bytes.length - 1000] = 0xff;
      const deps = depsFor();
      const error = await importData(deps, bytes, undefined, { fileName: 'backup.json' }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'import-failed', message: 'The file is not UTF-8 text' });
      expect(await deps.db().articles.count()).toBe(0);
    });

    it('refuses a large binary file before decoding it', async () => {
      const bytes = new Uint8Array(5 * 1024 * 1024);
      const error = await importData(depsFor(), bytes).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'unsupported-format' });
    });
  });

  it('writes bodies in slices bounded by their size, and the index log in slices of a thousand', async () => {
    const deps = depsFor();
    const db = deps.db();
    const bulkPut = vi.spyOn(db.bodies, 'bulkPut');
    const text = await backupOf(12, (i) => `${i} ${'x'.repeat(400_000)}`);
    await importData(deps, text);
    const sizes = bulkPut.mock.calls.map(([rows]) => (rows as readonly { html: string; text: string }[]).reduce((n, b) => n + b.html.length + b.text.length, 0));
    expect(sizes.length).toBeGreaterThan(1);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(WRITE_CHUNK_CHARS);
    expect(await db.bodies.count()).toBe(12);

    const bulkAdd = vi.spyOn(db.indexLog, 'bulkAdd');
    const ids = Array.from({ length: 2500 }, (_, i) => `log-${i}`);
    await db.transaction('rw', db.indexLog, () => noteIndexChange(db, ids));
    expect(bulkAdd.mock.calls.map(([rows]) => (rows as unknown[]).length)).toEqual([1000, 1000, 500]);
  });

  it('tags items from other services in slices before the write, as one pass would', async () => {
    const rowsOf = Array.from({ length: 30 }, (_, i) => `Madrid ${i},https://lepetitjournal.com/madrid/article-${i},1763000000,,unread`);
    const csv = `title,url,time_added,tags,status\n${rowsOf.join('\n')}\n`;
    const sliced = depsFor(freshDb(), 0);
    const whole = depsFor(freshDb(), Number.POSITIVE_INFINITY);
    const phases: ImportProgress[] = [];
    await importData(sliced, csv, undefined, { onProgress: (p) => phases.push(p) });
    await importData(whole, csv);
    const tagging = phases.filter((p) => p.phase === 'tagging' && p.done > 0);
    expect(tagging.length).toBeGreaterThan(1);
    expect(tagging.at(-1)).toEqual({ phase: 'tagging', done: 30, total: 30 });
    expect(phases.findIndex((p) => p.phase === 'tagging')).toBeLessThan(phases.findIndex((p) => p.phase === 'writing'));
    const tagsOf = async (d: ReturnType<typeof depsFor>) =>
      (await d.db().articles.toArray()).map((r) => [r.url, r.editionId, r.themeIds] as const).sort((a, b) => a[0].localeCompare(b[0]));
    const slicedTags = await tagsOf(sliced);
    expect(slicedTags).toEqual(await tagsOf(whole));
    expect(slicedTags.every(([, edition]) => edition === 'madrid')).toBe(true);
  });
});
