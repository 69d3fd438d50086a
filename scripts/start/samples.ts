import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot, type ServedPage } from '../../tests/e2e/support/index.ts';

export const samplesDir = path.join(repoRoot, 'samples');

interface SampleEntry {
  file: string;
  url: string;
}

/** The bundled sample pages, each with the address it is served at. */
export function loadSamples(): ServedPage[] {
  const entries = JSON.parse(readFileSync(path.join(samplesDir, 'index.json'), 'utf8')) as SampleEntry[];
  if (!Array.isArray(entries) || entries.length === 0) throw new Error('samples/index.json lists no pages');
  return entries.map((entry) => {
    if (typeof entry.file !== 'string' || typeof entry.url !== 'string') {
      throw new Error(`samples/index.json: bad entry ${JSON.stringify(entry)}`);
    }
    return { url: entry.url, html: readFileSync(path.join(samplesDir, entry.file), 'utf8') };
  });
}
