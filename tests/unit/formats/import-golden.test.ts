/**
 * Golden tests: every sample under tests/fixtures/imports/<case>/ is
 * detected and imported, and the result compared with expected.json.
 * Baselines are written only with UPDATE_FIXTURES=1; a missing one fails.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../core/formats/detect';
import { importFile, importPocketParts } from '../../../core/formats/import-file';
import { IMPORT_FORMATS } from '../../../core/formats/types';
import { fixedClock, importFixtures, jsdomEnv } from './helpers';

const cases = readdirSync(importFixtures, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe('import golden files', () => {
  it('has a sample for every import format', () => {
    const covered = new Set(
      cases.map((name) => (JSON.parse(readFileSync(path.join(importFixtures, name, 'expected.json'), 'utf8')) as { format: string }).format),
    );
    expect([...covered].sort()).toEqual([...IMPORT_FORMATS].sort());
  });

  for (const name of cases) {
    it(name, () => {
      const dir = path.join(importFixtures, name);
      const inputs = readdirSync(dir).filter((f) => f !== 'expected.json').sort();
      expect(inputs.length).toBeGreaterThan(0);
      const files = inputs.map((f) => ({ name: f, data: new Uint8Array(readFileSync(path.join(dir, f))) }));
      const options = { dom: jsdomEnv(), now: fixedClock };
      const first = files[0]!;
      const format = detectFormat(first.data, first.name);
      const result =
        files.length > 1 ? importPocketParts(files, options) : importFile(first.data, { ...options, fileName: first.name });
      const actual = JSON.parse(JSON.stringify({ format, result })) as unknown;
      const expectedPath = path.join(dir, 'expected.json');
      if (process.env.UPDATE_FIXTURES === '1') {
        writeFileSync(expectedPath, JSON.stringify(actual, null, 2) + '\n');
      } else if (!existsSync(expectedPath)) {
        throw new Error(`Missing baseline ${expectedPath}; run with UPDATE_FIXTURES=1 after checking the output`);
      }
      expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
    });
  }
});
