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

/** The script's text: its completion value is `{ ok, ms, chars }`, as the extractor's is `{ ok, ms, article }`. */
export function readabilityBaselineScript(readabilitySource: string): string {
  // The clock starts before Readability's own statements, as the extractor's does (lib/script-clock.ts).
  return `${COMPILE_HINT}(() => {
const started = performance.now();
${readabilitySource}
;
try {
  const parsed = new Readability(document.cloneNode(true)).parse();
  return { ok: parsed !== null, ms: performance.now() - started, chars: parsed && parsed.textContent ? parsed.textContent.length : 0 };
} catch (error) {
  return { ok: false, ms: performance.now() - started, chars: 0, error: String(error) };
}
})();
`;
}

export function readReadabilitySource(): string {
  const require = createRequire(import.meta.url);
  return readFileSync(require.resolve('@mozilla/readability/Readability.js'), 'utf8');
}
