import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  activeTabId,
  attemptKiosque,
  busyArticle,
  callKiosque,
  hostileArticle,
  hugeArticle,
  launchKiosque,
  plainArticle,
  serveFixtures,
  tabIdFor,
  type KiosqueSession,
} from './support/index.ts';

let session: KiosqueSession;

beforeEach(async () => {
  session = await launchKiosque({ build: 'e2e' });
});

afterEach(async () => {
  await session?.close();
});

async function openAt(url: string) {
  const page = await session.context.newPage();
  await page.goto(url);
  return page;
}

describe('saving what cannot or should not be saved', () => {
  it.each(['chrome://version', 'about:blank', 'view-source:https://news.example.org/metro'])(
    'refuses the restricted page %s with a typed error and stores nothing',
    async (url) => {
      await serveFixtures(session.context, [{ url: 'https://news.example.org/metro', html: plainArticle('Metro') }]);
      const page = await openAt(url);
      const tabId = await activeTabId(session.worker, page);

      const outcome = await attemptKiosque(session.worker, 'saveTab', tabId);

      expect(outcome.ok).toBe(false);
      if (!outcome.ok) expect(outcome.error.code).toBe('restricted-page');
      expect(await callKiosque(session.worker, 'listArticles')).toEqual([]);
    },
  );

  it('answers tab-not-found for a tab id that does not exist', async () => {
    const outcome = await attemptKiosque(session.worker, 'saveTab', 987_654_321);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error.code).toBe('tab-not-found');
    expect(await callKiosque(session.worker, 'listArticles')).toEqual([]);
  });

  it('clips a page whose own scripts throw and poison built-ins', async () => {
    const url = 'https://news.example.org/2026/11/hostile-page';
    await serveFixtures(session.context, [{ url, html: hostileArticle('Metro extension approved') }]);
    const page = await openAt(url);
    // The poison is live in the page's world: prove it, so the test means something.
    expect(await page.evaluate('(() => { try { [1].map(String); return "intact"; } catch { return "poisoned"; } })()')).toBe(
      'poisoned',
    );

    const saved = await callKiosque(session.worker, 'saveTab', await tabIdFor(session.worker, url));

    expect(saved.title).toBe('Metro extension approved');
    const article = await callKiosque(session.worker, 'getArticle', saved.id);
    expect(article.text).toContain('four stations in the north of the city');
    expect(article.text).not.toContain('poisoned');
  });

  it('gives a clear outcome for 5 MB of text, without hanging or losing earlier articles', async () => {
    const first = 'https://news.example.org/2026/11/first';
    const huge = 'https://news.example.org/2026/11/huge';
    await serveFixtures(session.context, [
      { url: first, html: plainArticle('First article') },
      { url: huge, html: hugeArticle('Huge article', 5) },
    ]);
    await openAt(first);
    const kept = await callKiosque(session.worker, 'saveTab', await tabIdFor(session.worker, first));
    await openAt(huge);

    const started = Date.now();
    const outcome = await attemptKiosque(session.worker, 'saveTab', await tabIdFor(session.worker, huge));
    const elapsed = Date.now() - started;

    expect(elapsed).toBeLessThan(60_000);
    const list = await callKiosque(session.worker, 'listArticles');
    if (outcome.ok) {
      // Kept whole, or cut at the extractor's documented limit: either way the
      // stored text is the page's own, from its first paragraph on.
      const article = await callKiosque(session.worker, 'getArticle', outcome.value.id);
      expect(article.title).toBe('Huge article');
      expect(article.text.startsWith('1. The regional government')).toBe(true);
      expect(article.text.length).toBeGreaterThan(500_000);
      const blocks = article.text.split('\n').filter((line) => line.trim() !== '');
      const lastParagraph = blocks.at(-2) ?? '';
      expect(lastParagraph).toMatch(/^\d+\. The regional government approved/);
      expect(list.map((row) => row.id).sort()).toEqual([kept.id, outcome.value.id].sort());
    } else {
      expect(outcome.error.code).toBe('page-too-large');
      expect(list.map((row) => row.id)).toEqual([kept.id]);
    }
    const before = await callKiosque(session.worker, 'getArticle', kept.id);
    expect(before.title).toBe('First article');
    expect(before.text).toContain('four stations');
  });

  it('reports navigated-away when the tab leaves during extraction, and stores nothing', async () => {
    const slow = 'https://slow.example.org/2026/11/busy-page';
    const next = 'https://elsewhere.example.net/next';
    await serveFixtures(session.context, [
      { url: slow, html: busyArticle('Busy page', 5_000) },
      { url: next, html: plainArticle('Next page') },
    ]);
    const page = await openAt(slow);
    const tabId = await tabIdFor(session.worker, slow);

    // The page's main thread is busy for 5 s after load, so the extractor is
    // still waiting to run when the tab commits a page from another site.
    const saving = attemptKiosque(session.worker, 'saveTab', tabId);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await page.goto(next);
    const outcome = await saving;

    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error.code).toBe('navigated-away');
    expect(await callKiosque(session.worker, 'listArticles')).toEqual([]);
  });

  it('keeps one row when the same tab is saved twice at once', async () => {
    const url = 'https://news.example.org/2026/11/twice';
    await serveFixtures(session.context, [{ url, html: plainArticle('Saved twice') }]);
    await openAt(url);
    const tabId = await tabIdFor(session.worker, url);

    const [a, b] = await Promise.all([
      attemptKiosque(session.worker, 'saveTab', tabId),
      attemptKiosque(session.worker, 'saveTab', tabId),
    ]);

    expect(a).toMatchObject({ ok: true });
    expect(b).toMatchObject({ ok: true });
    if (a.ok && b.ok) expect(a.value.id).toBe(b.value.id);
    const list = await callKiosque(session.worker, 'listArticles');
    expect(list).toHaveLength(1);
    expect(list[0]?.title).toBe('Saved twice');
  });
});
