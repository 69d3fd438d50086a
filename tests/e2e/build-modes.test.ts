/**
 * The e2e build is what every real-browser test and bench loads, so it must be
 * the production build with host access added, not a development build: a
 * popup built with Preact's development JSX and devtools hook would be timed
 * and tested in place of the one that ships.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireBuild } from './support/index.ts';
import { COMPILE_HINT } from '../../build/compile-hints';
import { READABILITY_BASELINE_FILE } from '../../build/readability-baseline';

function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .flatMap((entry) => {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      return entry.isDirectory() ? filesUnder(dir, relative) : [relative];
    })
    .sort();
}

function manifestOf(dir: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
}

/** What a development build leaves in the code: source locations from the JSX dev transform, Preact's devtools hook. */
const DEVELOPMENT_MARKERS = ['lineNumber:', '__PREACT_DEVTOOLS__'];

describe('the e2e build', () => {
  const prod = requireBuild('prod');
  const e2e = requireBuild('e2e');

  it('has the same files as the production build, and the same pages and chunks byte for byte', () => {
    const files = filesUnder(prod);
    // The one addition is the benchmark's plain-Readability baseline, which production never carries.
    expect(files).not.toContain(READABILITY_BASELINE_FILE);
    expect(filesUnder(e2e)).toEqual([...files, READABILITY_BASELINE_FILE].sort());
    // Chunk names carry a hash of their content, so equal lists already say
    // much; the bytes are compared too. The entry scripts are left to the
    // marker check below: WXT's own logger prints in any mode but production.
    const shared = files.filter((file) => file.startsWith('chunks/') || file.endsWith('.html') || file.endsWith('.css'));
    expect(shared.some((file) => file.startsWith('chunks/popup-'))).toBe(true);
    for (const file of shared) {
      expect(readFileSync(path.join(e2e, file)).equals(readFileSync(path.join(prod, file))), file).toBe(true);
    }
  });

  it('gives the extractor and the baseline the same compile hint, on their first line', () => {
    for (const dir of [prod, e2e]) expect(readFileSync(path.join(dir, 'extract.js'), 'utf8').startsWith(COMPILE_HINT)).toBe(true);
    expect(readFileSync(path.join(e2e, READABILITY_BASELINE_FILE), 'utf8').startsWith(COMPILE_HINT)).toBe(true);
  });

  it('injects an extractor that posts nothing to the page it runs in', () => {
    // WXT's content-script start-up announced every run with window.postMessage,
    // which the page's own scripts can read; the unlisted script only calls main().
    for (const dir of [prod, e2e]) {
      const code = readFileSync(path.join(dir, 'extract.js'), 'utf8');
      expect(code.includes('postMessage')).toBe(false);
      expect(code.includes('dispatchEvent')).toBe(false);
    }
  });

  it('carries no development-only code in any script', () => {
    for (const file of filesUnder(e2e).filter((name) => name.endsWith('.js'))) {
      const code = readFileSync(path.join(e2e, file), 'utf8');
      for (const marker of DEVELOPMENT_MARKERS) expect(code.includes(marker), `${marker} in ${file}`).toBe(false);
    }
  });

  it('differs from production only by the host access its tests need', () => {
    const { host_permissions: hosts, ...rest } = manifestOf(e2e);
    expect(hosts).toEqual(['<all_urls>']);
    expect(rest).toEqual(manifestOf(prod));
    expect(manifestOf(prod)).not.toHaveProperty('host_permissions');
  });
});
