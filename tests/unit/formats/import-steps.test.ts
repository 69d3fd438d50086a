/**
 * Imports in steps: the formats that carry whole articles, and Pocket's CSV,
 * report one step per entry of the file, and running the steps gives exactly what the
 * one-call import gives, on every single-file sample.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile, importFileSteps } from '../../../core/formats/import-file';
import { fixedClock, importFixtures, jsdomEnv } from './helpers';

function entriesOf(data: Uint8Array, name: string): number | null {
  if (name.endsWith('.json')) return (JSON.parse(new TextDecoder().decode(data)) as { articles: unknown[] }).articles.length;
  // Seven records, one of them over two lines (a quoted title with a line break).
  if (name === 'part_000000.csv' && new TextDecoder().decode(data).includes('Multi-line')) return 7;
  return null;
}

describe('importFileSteps', () => {
  const cases = readdirSync(importFixtures, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .filter((name) => readdirSync(path.join(importFixtures, name)).filter((f) => f !== 'expected.json').length === 1)
    .sort();

  for (const name of cases) {
    it(`${name}: the steps give the one-call result`, () => {
      const dir = path.join(importFixtures, name);
      const file = readdirSync(dir).find((f) => f !== 'expected.json')!;
      const data = new Uint8Array(readFileSync(path.join(dir, file)));
      const options = { dom: jsdomEnv(), now: fixedClock, fileName: file };
      const steps = importFileSteps(data, options);
      const seen: { done: number; total: number }[] = [];
      let step = steps.next();
      while (step.done !== true) {
        seen.push(step.value);
        step = steps.next();
      }
      expect(JSON.parse(JSON.stringify(step.value))).toEqual(JSON.parse(JSON.stringify(importFile(data, options))));
      const expectedEntries = entriesOf(data, file);
      if (expectedEntries !== null) expect(seen).toHaveLength(expectedEntries);
      // Counted against one total from the first step, one entry at a time.
      seen.forEach((s, i) => expect(s).toEqual({ done: i + 1, total: seen[0]!.total }));
      if (seen.length > 0) expect(seen.at(-1)!.done).toBe(seen[0]!.total);
      if (name.startsWith('omnivore') || name === 'kiosque-json' || name.startsWith('pocket-csv') || name === 'pocket-zip-parts') {
        expect(seen.length).toBeGreaterThan(0);
      } else {
        expect(seen).toEqual([]);
      }
    });
  }
});
