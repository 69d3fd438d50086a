/**
 * Real mode: each benchmark page is served at its original URL inside
 * Chromium (no network), the built extension's content script clips it, and
 * plain Readability 0.6 parses the same live page right after. Both run in
 * the page, so the timing ratio compares like with like.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ExtractionResult } from '../../core/model';
import { KiosqueError } from '../../core/errors';
import { launchKiosque, serveFixtures, tabIdFor } from '../../tests/e2e/support/index.ts';
import type { AebPage } from './corpus';

export interface PageTexts {
  id: string;
  plain: string;
  kiosque: string;
  plainMs: number;
  kiosqueMs: number;
}

const CONTENT_SCRIPT = 'content-scripts/extract.js';

export async function runInBrowser(repoRoot: string, pages: readonly AebPage[], build = true): Promise<PageTexts[]> {
  if (build) execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { cwd: repoRoot, stdio: 'inherit' });
  const readabilitySource = readFileSync(createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js'), 'utf8');
  const session = await launchKiosque({ build: 'e2e' });
  const server = await serveFixtures(session.context, []);
  const out: PageTexts[] = [];
  try {
    for (const [i, p] of pages.entries()) {
      server.add([{ url: p.url, html: p.html }]);
      const page = await session.context.newPage();
      try {
        await page.goto(p.url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
        const tabId = await tabIdFor(session.worker, page.url());
        // Exactly what the background does on a save: inject the built content script.
        const result = (await session.worker.evaluate(
          async ([tab, file]) => {
            const api = (globalThis as unknown as {
              chrome: { scripting: { executeScript(o: object): Promise<Array<{ result?: unknown }>> } };
            }).chrome.scripting;
            const results = await api.executeScript({ target: { tabId: tab }, files: [file] });
            return results[0]?.result ?? null;
          },
          [tabId, CONTENT_SCRIPT] as [number, string],
        )) as ExtractionResult | null;
        if (result === null) throw new KiosqueError('extraction-failed', `no result from the content script on ${p.id}`);
        await page.addScriptTag({ content: readabilitySource });
        const plain = await page.evaluate(() => {
          const ctor = (globalThis as unknown as {
            Readability: new (d: Document) => { parse(): { textContent?: string | null } | null };
          }).Readability;
          const start = performance.now();
          const article = new ctor(document.cloneNode(true) as Document).parse();
          return { text: article?.textContent ?? '', ms: performance.now() - start };
        });
        out.push({
          id: p.id,
          plain: plain.text,
          kiosque: result.ok ? result.article.text : '',
          plainMs: plain.ms,
          kiosqueMs: result.ok ? result.ms : NaN,
        });
        if (!result.ok) console.error(`${p.id}: ${result.error.code}: ${result.error.message}`);
      } finally {
        await page.close();
        server.remove(p.url);
      }
      if ((i + 1) % 20 === 0) console.error(`${i + 1}/${pages.length}`);
    }
  } finally {
    await server.stop();
    await session.close();
  }
  return out;
}
