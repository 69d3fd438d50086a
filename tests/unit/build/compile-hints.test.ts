import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { Rollup } from 'vite';
import { COMPILE_HINT, compileHints, withCompileHint } from '../../../build/compile-hints';
import { readabilityBaselineScript, readReadabilitySource } from '../../../build/readability-baseline';
import { linkedomDocument } from '../extract/dom';

type OutputChunk = Rollup.OutputChunk;
type OutputAsset = Rollup.OutputAsset;

function chunk(fileName: string, code: string): OutputChunk {
  return { type: 'chunk', fileName, code } as OutputChunk;
}

function runGenerateBundle(files: readonly string[], bundle: Record<string, OutputChunk | OutputAsset>): void {
  const plugin = compileHints(files);
  const hook = plugin.generateBundle as unknown as (options: unknown, bundle: Rollup.OutputBundle) => void;
  hook.call({}, {}, bundle as unknown as Rollup.OutputBundle);
}

describe('compile hints', () => {
  it('puts the hint on the first line, once', () => {
    expect(withCompileHint('(function(){})();')).toBe('//# allFunctionsCalledOnLoad\n(function(){})();');
    expect(withCompileHint(withCompileHint('x()'))).toBe(`${COMPILE_HINT}x()`);
  });

  it('marks the named chunks only, and never an asset', () => {
    const bundle = {
      'extract.js': chunk('extract.js', '(function(){return 1})();'),
      'popup-prefetch.js': chunk('popup-prefetch.js', '(function(){})();'),
      'chunks/extract.js': chunk('chunks/extract.js', 'export{}'),
      'style.css': { type: 'asset', fileName: 'style.css', source: 'a{}' } as OutputAsset,
    };
    runGenerateBundle(['extract.js'], bundle);
    expect(bundle['extract.js'].code.startsWith(COMPILE_HINT)).toBe(true);
    expect(bundle['popup-prefetch.js'].code).toBe('(function(){})();');
    expect(bundle['chunks/extract.js'].code).toBe('export{}');
    expect(bundle['style.css'].source).toBe('a{}');
  });
});

describe('the plain-Readability baseline script', () => {
  const script = readabilityBaselineScript(readReadabilitySource());

  function run(html: string): { ok: boolean; ms: number; chars: number } {
    const document = linkedomDocument(html);
    return vm.runInNewContext(script, { document, performance }) as { ok: boolean; ms: number; chars: number };
  }

  it('carries the same compile hint as the extractor', () => {
    expect(script.startsWith(COMPILE_HINT)).toBe(true);
  });

  it('completes with the article text length and its parse time, as the extractor completes with its result', () => {
    const paragraph = '<p>' + 'Madrid opened its new library on Monday, with thousands of readers queueing outside. '.repeat(8) + '</p>';
    const result = run(`<html><head><title>Library</title></head><body><article>${paragraph.repeat(4)}</article></body></html>`);
    expect(result.ok).toBe(true);
    expect(result.chars).toBeGreaterThan(2000);
    expect(result.ms).toBeGreaterThanOrEqual(0);
  });

  it('reports a page Readability finds nothing in as not ok', () => {
    expect(run('<html><body></body></html>').ok).toBe(false);
  });
});
