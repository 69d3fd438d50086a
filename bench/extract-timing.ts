import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page, Worker } from 'playwright-core';

/** The content script WXT emits for entrypoints/extract.content.ts. */
export const EXTRACTOR_FILE = 'content-scripts/extract.js';

export interface KiosqueTiming {
  ok: boolean;
  /** Extraction time the content script measured in the page. */
  inPageMs: number | null;
  /** executeScript round trip seen from the service worker (injection + extraction + transfer). */
  wallMs: number;
  chars: number;
  errorCode: string | null;
}

export interface ReadabilityTiming {
  ok: boolean;
  ms: number;
  chars: number;
}

/** Injects the extension's own extractor, exactly as saveTab does, and times it. */
export async function timeKiosque(worker: Worker, tabId: number): Promise<KiosqueTiming> {
  // Evaluated in the service worker; keep it free of named inner functions.
  return worker.evaluate(
    async ([id, file]) => {
      type Outcome = { ok?: boolean; ms?: number; article?: { text?: string }; error?: { code?: string } };
      const scripting = (
        globalThis as unknown as {
          chrome: { scripting: { executeScript(o: object): Promise<{ result?: Outcome }[]> } };
        }
      ).chrome.scripting;
      const started = performance.now();
      try {
        const [frame] = await scripting.executeScript({ target: { tabId: id }, files: [file] });
        const wallMs = performance.now() - started;
        const result = frame?.result;
        return {
          ok: result?.ok === true,
          inPageMs: typeof result?.ms === 'number' ? result.ms : null,
          wallMs,
          chars: result?.article?.text?.length ?? 0,
          errorCode: result?.ok === true ? null : (result?.error?.code ?? 'no-result'),
        };
      } catch (error) {
        return { ok: false, inPageMs: null, wallMs: performance.now() - started, chars: 0, errorCode: String(error) };
      }
    },
    [tabId, EXTRACTOR_FILE] as [number, string],
  );
}

let readabilitySource: string | undefined;

/** Readability 0.6 as shipped on npm, the baseline Kiosque wraps. */
function readabilityScript(): string {
  if (readabilitySource === undefined) {
    const require = createRequire(import.meta.url);
    readabilitySource = readFileSync(require.resolve('@mozilla/readability/Readability.js'), 'utf8');
  }
  return readabilitySource;
}

/**
 * Times plain Readability on the same loaded page, the documented way
 * (parse a clone). Sent as source text so that the function reaches the page
 * exactly as written, whatever compiled this file.
 */
export async function timeReadability(page: Page): Promise<ReadabilityTiming> {
  const expression = `(() => {
${readabilityScript()}
;
const started = performance.now();
try {
  const parsed = new Readability(document.cloneNode(true)).parse();
  return { ok: parsed !== null, ms: performance.now() - started, chars: parsed && parsed.textContent ? parsed.textContent.length : 0 };
} catch (error) {
  return { ok: false, ms: performance.now() - started, chars: 0 };
}
})()`;
  return (await page.evaluate(expression)) as ReadabilityTiming;
}
