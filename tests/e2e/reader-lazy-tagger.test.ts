import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchKiosque, requireBuild, type KiosqueSession } from './support/index.ts';

/**
 * The popup and the reader page must not load the gazetteer: it is the
 * largest part of the tagger and only saving or retagging needs it. Checked
 * on the built files, since only the bundler decides what lands in a chunk.
 */

/** A line of the generated city table; no other module spells it this way. */
const GAZETTEER_MARKER = 'Mexico City|MX|';

const dir = requireBuild('e2e');

function read(file: string): string {
  return readFileSync(path.join(dir, file), 'utf8');
}

/** Scripts a page's HTML names (entry and modulepreload), as paths inside the build. */
function htmlScripts(htmlFile: string): string[] {
  const html = read(htmlFile);
  const found = [...html.matchAll(/(?:src|href)="([^"]+\.js)"/g)].map((m) => m[1] ?? '');
  return found.map((ref) => path.posix.normalize(ref.replace(/^\//, '')));
}

/**
 * Every chunk loaded before the page runs: the HTML's scripts and their
 * static imports, transitively. `import("…")` is left out on purpose; that is
 * what lazy means.
 */
function staticClosure(htmlFile: string): string[] {
  const seen = new Set<string>();
  const queue = htmlScripts(htmlFile);
  while (queue.length > 0) {
    const file = queue.pop();
    if (file === undefined || seen.has(file)) continue;
    seen.add(file);
    const code = read(file);
    for (const match of code.matchAll(/(?:\bfrom|\bimport)\s*["'`]([^"'`]+\.js)["'`]/g)) {
      const ref = match[1] ?? '';
      queue.push(path.posix.normalize(ref.startsWith('/') ? ref.slice(1) : path.posix.join(path.posix.dirname(file), ref)));
    }
  }
  return [...seen].sort();
}

function kilobytes(files: readonly string[]): string {
  const bytes = files.reduce((sum, file) => sum + Buffer.byteLength(read(file)), 0);
  return (bytes / 1024).toFixed(1);
}

describe('lazy tagger in the build', () => {
  it('the marker is a real gazetteer string: the background bundle carries it', () => {
    // Without this, a renamed table would make the checks below pass vacuously.
    expect(read('background.js')).toContain(GAZETTEER_MARKER);
  });

  for (const page of ['popup.html', 'reader.html']) {
    it(`${page} loads no chunk holding the gazetteer`, () => {
      const chunks = staticClosure(page);
      expect(chunks.length).toBeGreaterThan(0);
      const offenders = chunks.filter((file) => read(file).includes(GAZETTEER_MARKER));
      console.log(`${page}: ${chunks.length} JS files, ${kilobytes(chunks)} kB before any lazy import`);
      expect(offenders).toEqual([]);
    });
  }

  it('the gazetteer is still shipped, in a chunk the pages can import on demand', () => {
    const chunkFiles = staticClosure('popup.html').concat(staticClosure('reader.html'));
    const lazy = [...new Set(chunkFiles.flatMap((file) => [...read(file).matchAll(/import\(["'`]([^"'`]+\.js)["'`]\)/g)]))]
      .map((m) => path.posix.join('chunks', path.posix.basename(m[1] ?? '')))
      .filter((file) => read(file).includes(GAZETTEER_MARKER));
    expect(lazy.length).toBeGreaterThan(0);
  });
});

describe('lazy tagger in Chromium', () => {
  let session: KiosqueSession;

  beforeAll(async () => {
    session = await launchKiosque({ build: 'e2e' });
  });
  afterAll(async () => {
    await session.close();
  });

  it('opening the popup fetches no script with the gazetteer', async () => {
    const page = await session.context.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol === 'chrome-extension:' && url.pathname.endsWith('.js')) scripts.push(url.pathname);
    });
    await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await page.waitForLoadState('load');
    expect(scripts.length).toBeGreaterThan(0);
    const withGazetteer = scripts.filter((name) => read(name.slice(1)).includes(GAZETTEER_MARKER));
    expect(withGazetteer).toEqual([]);
    await page.close();
  });
});
