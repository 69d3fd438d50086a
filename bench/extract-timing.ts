import type { Page, Worker } from 'playwright-core';
import { READABILITY_BASELINE_FILE, readabilityTimingExpression, readReadabilitySource } from '../build/readability-baseline.ts';

/** The extractor script WXT emits for entrypoints/extract.ts. */
export const EXTRACTOR_FILE = 'extract.js';

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

/** Plain Readability injected as a file, like the extractor: its parse time in the page and the round trip. */
export interface PackagedReadabilityTiming extends ReadabilityTiming {
  wallMs: number;
}

interface Injected {
  ok: boolean;
  /** The `ms` the script reported, or null. */
  ms: number | null;
  wallMs: number;
  chars: number;
  errorCode: string | null;
}

/** Injects one extension file into the tab, exactly as saveTab does, and reads the `{ ok, ms, … }` it completes with. */
async function injectTimed(worker: Worker, tabId: number, file: string): Promise<Injected> {
  // Evaluated in the service worker; keep it free of named inner functions.
  return worker.evaluate(
    async ([id, path]) => {
      type Outcome = { ok?: boolean; ms?: number; chars?: number; article?: { text?: string }; error?: { code?: string } | string };
      const scripting = (
        globalThis as unknown as {
          chrome: { scripting: { executeScript(o: object): Promise<{ result?: Outcome }[]> } };
        }
      ).chrome.scripting;
      const started = performance.now();
      try {
        const [frame] = await scripting.executeScript({ target: { tabId: id }, files: [path] });
        const wallMs = performance.now() - started;
        const result = frame?.result;
        const error = result?.error;
        return {
          ok: result?.ok === true,
          ms: typeof result?.ms === 'number' ? result.ms : null,
          wallMs,
          chars: result?.article?.text?.length ?? result?.chars ?? 0,
          errorCode: result?.ok === true ? null : ((typeof error === 'string' ? error : error?.code) ?? 'no-result'),
        };
      } catch (error) {
        return { ok: false, ms: null, wallMs: performance.now() - started, chars: 0, errorCode: String(error) };
      }
    },
    [tabId, file] as [number, string],
  );
}

/** Injects the extension's own extractor, exactly as saveTab does, and times it. */
export async function timeKiosque(worker: Worker, tabId: number): Promise<KiosqueTiming> {
  const run = await injectTimed(worker, tabId, EXTRACTOR_FILE);
  return { ok: run.ok, inPageMs: run.ms, wallMs: run.wallMs, chars: run.chars, errorCode: run.errorCode };
}

/** Times plain Readability injected from the e2e build's baseline file, the way the extractor is. */
export async function timePackagedReadability(worker: Worker, tabId: number): Promise<PackagedReadabilityTiming> {
  const run = await injectTimed(worker, tabId, READABILITY_BASELINE_FILE);
  return { ok: run.ok && run.ms !== null, ms: run.ms ?? NaN, wallMs: run.wallMs, chars: run.chars };
}

let readabilityExpression: string | undefined;

/**
 * Times plain Readability on the same loaded page, the documented way
 * (parse a clone), evaluated in the page's own world as a bookmarklet
 * would run it. Sent as source text so that the function reaches the page
 * exactly as written, whatever compiled this file.
 */
export async function timeReadability(page: Page): Promise<ReadabilityTiming> {
  readabilityExpression ??= readabilityTimingExpression(readReadabilitySource());
  return (await page.evaluate(readabilityExpression)) as ReadabilityTiming;
}
