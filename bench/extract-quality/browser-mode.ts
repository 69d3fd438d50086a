/**
 * Real mode: each benchmark page is served at its original URL inside
 * Chromium (no network), the built extension's content script clips it, and
 * plain Readability 0.6 parses the same live page right after. Both run in
 * the page, so the timing ratio compares like with like.
 */
import { execFileSync } from 'node:child_process';
import type { ExtractionResult } from '../../core/model';
import { KiosqueError } from '../../core/errors';
import type { BrowserContext, Route } from 'playwright-core';
import { launchKiosque, tabIdFor } from '../../tests/e2e/support/index.ts';
import type { AebPage } from './corpus';
import { readReadabilitySource } from '../../build/readability-baseline.ts';

export interface PageTexts {
  id: string;
  plain: string;
  kiosque: string;
  plainMs: number;
  kiosqueMs: number;
}

const CONTENT_SCRIPT = 'extract.js';

/**
 * Serves one page at a time at its real URL. The benchmark saved its pages
 * with JavaScript off; a CSP forbidding page scripts keeps it that way, so no
 * inline script rewrites the DOM or navigates away mid-clip. Extension
 * scripts and DevTools evaluation are not bound by the page's CSP.
 */
async function servePages(context: BrowserContext): Promise<{ set(url: string, html: string): void }> {
  let current: { url: string; html: string } | null = null;
  const strip = (u: string): string => u.replace(/#.*$/, '');
  await context.route('**/*', async (route: Route) => {
    const request = route.request();
    if (current && request.resourceType() === 'document' && strip(request.url()) === strip(current.url)) {
      await route.fulfill({
        status: 200,
        headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "script-src 'none'" },
        body: current.html,
      });
    } else {
      await route.fallback();
    }
  });
  return { set: (url, html) => void (current = { url: new URL(url).href, html }) };
}

export async function runInBrowser(repoRoot: string, pages: readonly AebPage[], build = true): Promise<PageTexts[]> {
  if (build) execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { cwd: repoRoot, stdio: 'inherit' });
  const readabilitySource = readReadabilitySource();
  const session = await launchKiosque({ build: 'e2e' });
  const server = await servePages(session.context);
  let failures = 0;
  const out: PageTexts[] = [];
  try {
    const clipOne = async (p: AebPage): Promise<PageTexts> => {
      server.set(p.url, p.html);
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
        // A typed refusal (page too large, extraction failed) is Kiosque's answer: an empty clip.
        if (!result.ok) console.error(`${p.id}: ${result.error.code}: ${result.error.message}`);
        // Evaluated through DevTools, which the page's CSP does not restrict.
        const plain = (await page.evaluate(`(() => {
          ${readabilitySource}
          const start = performance.now();
          const article = new Readability(document.cloneNode(true)).parse();
          return { text: (article && article.textContent) || '', ms: performance.now() - start };
        })()`)) as { text: string; ms: number };
        return {
          id: p.id,
          plain: plain.text,
          kiosque: result.ok ? result.article.text : '',
          plainMs: plain.ms,
          kiosqueMs: result.ok ? result.ms : NaN,
        };
      } finally {
        await page.close();
      }
    };
    for (const [i, p] of pages.entries()) {
      let texts: PageTexts | null = null;
      // One retry: the shared build folder can be rewritten under a running browser.
      for (let attempt = 1; attempt <= 2 && texts === null; attempt++) {
        try {
          texts = await clipOne(p);
        } catch (error) {
          console.error(`${p.id} (attempt ${attempt}): ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
        }
      }
      if (texts === null) {
        // Counted as an empty clip for both, and reported: never silently dropped.
        failures++;
        texts = { id: p.id, plain: '', kiosque: '', plainMs: NaN, kiosqueMs: NaN };
      }
      out.push(texts);
      if ((i + 1) % 20 === 0) console.error(`${i + 1}/${pages.length}`);
    }
  } finally {
    await session.close();
  }
  if (failures > 0) console.error(`${failures} page(s) could not be clipped in the browser`);
  return out;
}
