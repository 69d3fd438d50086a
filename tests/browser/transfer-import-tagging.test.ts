/**
 * An import from another service tags each page once, before its write
 * transaction, and the write stores those tags rather than tagging again
 * inside the transaction. What the transaction still does in script, building
 * the rows, it does in slices with the event loop turning in between.
 */
import { describe, expect, it, vi } from 'vitest';
import { importFile } from '../../core/formats';
import { pageDomEnv } from '../../lib/transfer/dom';
import { importData, type ImportProgress } from '../../lib/transfer/import-data';
import { writeImport } from '../../lib/transfer/import-write';
import { dedupeKey } from '../../core/url';
import { NOW } from './transfer-helpers';
import { freshDb } from './support/kiosque-env';

const seen = vi.hoisted(() => ({ phase: 'none', calls: [] as { phase: string; url: string }[], keyed: [] as string[], asked: 0 }));

// Every key the import works out goes through its memo: record what reaches the real dedupeKey.
vi.mock('../../core/url', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../core/url')>();
  return {
    ...real,
    memoDedupeKey: () => {
      const memo = real.memoDedupeKey((url) => {
        seen.keyed.push(url);
        return real.dedupeKey(url);
      });
      return (url: string) => {
        seen.asked += 1;
        return memo(url);
      };
    },
  };
});

vi.mock('../../lib/tagging-lazy', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../lib/tagging-lazy')>();
  return {
    ...real,
    loadTagging: async () => {
      const tagging = await real.loadTagging();
      return {
        ...tagging,
        tagArticle: (...args: Parameters<typeof tagging.tagArticle>) => {
          seen.calls.push({ phase: seen.phase, url: args[0].canonicalUrl ?? '' });
          return tagging.tagArticle(...args);
        },
      };
    },
  };
});

function depsFor(sliceMs: number) {
  const db = freshDb();
  let ids = 0;
  return { db: () => db, now: () => NOW, newId: () => `new-${++ids}`, dom: pageDomEnv, sliceMs };
}

describe('tagging an import', () => {
  it('tags each page once, before the write, and stores what one pass inside the write would', async () => {
    // Tracking parameters make the stored address differ from the file's; rows 0 and 1 are one page.
    const rows = Array.from({ length: 20 }, (_, i) => {
      const n = i === 1 ? 0 : i;
      return `Madrid ${i},https://lepetitjournal.com/madrid/article-${n}?utm_source=pocket,1763000000,${i === 1 ? 'vivienda' : ''},unread`;
    });
    const csv = `title,url,time_added,tags,status\n${rows.join('\n')}\n`;
    const deps = depsFor(0);
    seen.calls.length = 0;
    const outcome = await importData(deps, csv, undefined, {
      onProgress: (p: ImportProgress) => {
        seen.phase = p.phase;
      },
    });
    expect(outcome.added).toBe(19);
    expect(seen.calls).toHaveLength(19);
    expect(new Set(seen.calls.map((c) => c.phase))).toEqual(new Set(['tagging']));
    // Tagged under the address it is stored at.
    expect(seen.calls[0]!.url).toBe('https://lepetitjournal.com/madrid/article-0');

    const stored = await deps.db().articles.toArray();
    expect(stored).toHaveLength(19);
    expect(stored.every((row) => row.editionId === 'madrid')).toBe(true);
    const twin = stored.find((row) => row.url === 'https://lepetitjournal.com/madrid/article-0');
    expect(twin?.title).toBe('Madrid 0');
    expect(twin?.labels).toEqual(['vivienda']);
  });

  it('works out each address once for tagging, the look-up of stored rows and the merge', async () => {
    const deps = depsFor(0);
    // One stored row the file matches, so the merge also keys the library's side.
    await importData(deps, 'title,url,time_added,tags,status\nOld,https://www.thelocal.es/madrid/a,1763000000,,unread\n');
    const rows = [
      'A again,https://www.thelocal.es/madrid/a,1763000001,culture,unread',
      'B,https://www.thelocal.es/madrid/b,1763000002,,unread',
      'B twice,https://www.thelocal.es/madrid/b,1763000003,,unread',
      'C,https://www.thelocal.es/madrid/c,1763000004,,unread',
    ];
    seen.keyed.length = 0;
    seen.asked = 0;
    const outcome = await importData(deps, `title,url,time_added,tags,status\n${rows.join('\n')}\n`);
    expect(outcome.added).toBe(2);
    expect(outcome.merged).toBe(2);
    expect((await deps.db().articles.get(outcome.articleIds.find((id) => id.startsWith('new-1'))!))?.labels).toEqual(['culture']);
    // Asked for many times over (tagging, the look-up, the merge, the stored row), each address parsed once.
    expect(seen.asked).toBeGreaterThanOrEqual(3 * seen.keyed.length);
    expect([...seen.keyed].sort()).toEqual(
      ['https://www.thelocal.es/madrid/a', 'https://www.thelocal.es/madrid/b', 'https://www.thelocal.es/madrid/c'],
    );
  });

  it('builds the rows inside the write in slices, letting the event loop turn between them', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => `Link ${i},https://www.thelocal.es/madrid/link-${i},1763000000,,unread`);
    const { articles } = importFile(`title,url,time_added,tags,status\n${rows.join('\n')}\n`, { dom: pageDomEnv()!, now: () => NOW });
    const db = freshDb();
    let ids = 0;
    let timerRan = false;
    const timerSeenAt: boolean[] = [];
    const result = await writeImport(db, articles, [], {
      now: NOW,
      newId: () => `w-${++ids}`,
      tag: () => {
        if (timerSeenAt.length === 0) setTimeout(() => (timerRan = true), 0);
        timerSeenAt.push(timerRan);
        // Long enough per row for the timer to come due while rows are still being built.
        const until = performance.now() + 0.2;
        while (performance.now() < until);
        return { edition: null, themes: [] };
      },
      keyFor: dedupeKey,
      sliceMs: 0,
    });
    expect(result.writtenIds).toHaveLength(40);
    expect(timerSeenAt).toHaveLength(40);
    // The timer queued at the first row ran before the last row was built.
    expect(timerSeenAt.at(-1)).toBe(true);
    expect(await db.articles.count()).toBe(40);
  });
});
