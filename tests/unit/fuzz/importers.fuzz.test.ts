/**
 * Every importer on arbitrary and on mutated real files: a result whose
 * addresses are all http(s), or a KiosqueError. An untyped error here would
 * reach the reader as "something went wrong" with no hint and, worse, could
 * escape the import transaction's error handling.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { importFile } from '../../../core/formats/import-file';
import { IMPORT_FORMATS, type ImportFormat, type ImportResult } from '../../../core/formats/types';
import { fixedClock, importFixtures, jsdomEnv } from '../formats/helpers';
import { FUZZ_RUNS, isTypedFailure } from './budget';

interface Sample {
  name: string;
  bytes: Uint8Array;
}

const samples: Sample[] = readdirSync(importFixtures).flatMap((dir) =>
  readdirSync(path.join(importFixtures, dir))
    .filter((file) => file !== 'expected.json')
    .map((file) => ({ name: file, bytes: new Uint8Array(readFileSync(path.join(importFixtures, dir, file))) })),
);

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function wellFormed(result: ImportResult): boolean {
  return result.articles.every((a) => /^https?:\/\//.test(a.url) && typeof a.title === 'string' && typeof a.html === 'string');
}

function attempt(data: Uint8Array | string, fileName: string, format?: ImportFormat): boolean {
  try {
    return wellFormed(importFile(data, { dom: jsdomEnv(), now: fixedClock, fileName, ...(format ? { format } : {}) }));
  } catch (error) {
    return isTypedFailure(error);
  }
}

/** Truncations, byte flips, spliced repeats and deletions: the damage real files suffer. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('flip' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('repeat' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 400 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 400 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), text: fc.constantFrom('"', '<', '>', ',', '\n', '{', '}', '[', ']', '\u0000', '\\', '<A HREF="', '<DT>', '"url":', 'null', '\ufeff') }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(bytes: Uint8Array, steps: Mutation[]): Uint8Array {
  let out = bytes;
  for (const step of steps) {
    const at = Math.floor(step.at * out.length);
    if (step.kind === 'truncate') out = out.slice(0, at);
    else if (step.kind === 'flip') {
      out = out.slice();
      if (at < out.length) out[at] = step.byte;
    } else if (step.kind === 'repeat') out = concat(out.slice(0, at + step.length), out.slice(at));
    else if (step.kind === 'delete') out = concat(out.slice(0, at), out.slice(at + step.length));
    else out = concat(out.slice(0, at), new TextEncoder().encode(step.text), out.slice(at));
  }
  return out;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

describe('importers under fuzzing', () => {
  it('arbitrary text or bytes, detected or forced to any format, give a result or a KiosqueError', () => {
    const data = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 300 }),
      fc.uint8Array({ maxLength: 300 }),
      fc.uint8Array({ maxLength: 300 }).map((b) => concat(new Uint8Array(ZIP_MAGIC), b)),
      fc.json({ maxDepth: 4 }),
    );
    fc.assert(
      fc.property(data, fc.option(fc.constantFrom(...IMPORT_FORMATS), { nil: undefined }), fc.constantFrom('x.json', 'x.csv', 'x.html', 'x.zip', 'part_000000.csv'), (input, format, name) =>
        attempt(input, name, format),
      ),
      { numRuns: FUZZ_RUNS.importArbitrary },
    );
  });

  it('mutated real export files give a result or a KiosqueError', () => {
    fc.assert(
      fc.property(fc.constantFrom(...samples), fc.array(mutation, { minLength: 1, maxLength: 4 }), (sample, steps) =>
        attempt(mutate(sample.bytes, steps), sample.name),
      ),
      { numRuns: FUZZ_RUNS.importMutated },
    );
  });
});
