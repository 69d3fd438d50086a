/**
 * The benchmark's plain-Readability baseline as an extension file, built into
 * the e2e package only: Readability 0.6 as shipped on npm, run the
 * documented way (parse a clone of the page) by a script injected exactly as
 * the extractor is, into the same isolated world, with the same compile hint.
 * Timing both the same way is what makes the ratio a fair one; Readability
 * evaluated in the page's own world is timed as well, beside it.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { COMPILE_HINT } from './compile-hints';

export const READABILITY_BASELINE_FILE = 'readability-baseline.js';

/**
 * Readability run on a clone of the page, as an expression whose value is
 * `{ ok, ms, chars }`: the same text is injected as the baseline file and
 * evaluated in the page's own world (bench/extract-timing.ts). The clock
 * starts before Readability's own statements, as the extractor's does
 * (lib/script-clock.ts).
 */
export function readabilityTimingExpression(readabilitySource: string): string {
  return `(() => {
const started = performance.now();
${readabilitySource}
;
try {
  const parsed = new Readability(document.cloneNode(true)).parse();
  return { ok: parsed !== null, ms: performance.now() - started, chars: parsed && parsed.textContent ? parsed.textContent.length : 0 };
} catch (error) {
  return { ok: false, ms: performance.now() - started, chars: 0, error: String(error) };
}
})()`;
}

/** The baseline file: its completion value is `{ ok, ms, chars }`, as the extractor's is `{ ok, ms, article }`. */
export function readabilityBaselineScript(readabilitySource: string): string {
  return `${COMPILE_HINT}${readabilityTimingExpression(readabilitySource)};\n`;
}

/** Readability 0.6 as shipped on npm, the baseline Kiosque wraps. */
export function readReadabilitySource(): string {
  const require = createRequire(import.meta.url);
  return readFileSync(require.resolve('@mozilla/readability/Readability.js'), 'utf8');
}
