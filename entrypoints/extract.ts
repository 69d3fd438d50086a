// First: the clock must start before the other modules set themselves up.
import { scriptStartedAt } from '../lib/script-clock';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractArticle } from '../core/extract';
import { isKiosqueError } from '../core/errors';
import type { ExtractedArticle, ExtractionResult } from '../core/model';

// Injected on demand by the background (scripting.executeScript); the value
// main() returns is the script's completion value, read as results[0].result.
// It must be plain data: a thrown error would reach the background as a
// bare string, so every failure is returned as { ok: false }.
//
// An unlisted script rather than a runtime content script: WXT wraps content
// scripts in an async start-up that builds a ContentScriptContext, which
// announces each run to the page with a postMessage and adds listeners the
// extractor never uses; this wrapper only calls main().
export default defineUnlistedScript({
  main(): ExtractionResult {
    try {
      const article = extractArticle(document, location.href);
      // A JSON round trip drops anything the page's own scripts may have
      // smuggled into prototypes, so only plain data crosses the boundary.
      const plain = JSON.parse(JSON.stringify(article)) as ExtractedArticle;
      return { ok: true, article: plain, ms: performance.now() - scriptStartedAt };
    } catch (error) {
      const code = isKiosqueError(error) && error.code === 'page-too-large' ? 'page-too-large' : 'extraction-failed';
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, error: { code, message } };
    }
  },
});
