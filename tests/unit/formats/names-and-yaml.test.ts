import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeFileStem, UniqueNames } from '../../../core/formats/file-names';
import { frontMatter, yamlString } from '../../../core/formats/yaml';

const anyText = fc.string({ unit: 'binary', maxLength: 120 });

describe('YAML front matter', () => {
  it('every string is one double-quoted scalar that reads back exactly', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const quoted = yamlString(s);
        expect(quoted).toMatch(/^".*"$/s);
        expect(quoted).not.toMatch(/[\n\r\u0085\u2028\u2029\uFEFF]/);
        expect(JSON.parse(quoted)).toBe(s);
      }),
      { numRuns: 300 },
    );
  });

  it('writes one line per key, whatever the values hold', () => {
    const yaml = frontMatter([
      ['title', 'a: b\n---\nkey: injected'],
      ['labels', ['x", "y', '#comment']],
      ['favourite', true],
      ['progress', Number.NaN],
      ['byline', null],
    ]);
    expect(yaml.split('\n')).toEqual([
      '---',
      'title: "a: b\\n---\\nkey: injected"',
      'labels: ["x\\", \\"y", "#comment"]',
      'favourite: true',
      'progress: null',
      'byline: null',
      '---',
      '',
    ]);
  });
});

describe('file names', () => {
  it('are never empty, never hidden, never a path, never a reserved name', () => {
    fc.assert(
      fc.property(anyText, (title) => {
        const stem = safeFileStem(title);
        expect(stem.length).toBeGreaterThan(0);
        expect(Array.from(stem).length).toBeLessThanOrEqual(80);
        expect(stem).not.toMatch(/[<>:"/\\|?*\u0000-\u001F\u007F]/);
        expect(stem).not.toMatch(/^[.\s]|[.\s]$/);
        expect(stem).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)$/i);
      }),
      { numRuns: 300 },
    );
  });

  it('drop lone surrogates, which no file system name can hold', () => {
    expect(safeFileStem('a\uD800b\uDC00c 🚇')).toBe('abc 🚇');
  });

  it('are unique ignoring case', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Madrid', 'madrid', 'MADRID', 'Madrid (2)', '', '..'), { maxLength: 20 }), (titles) => {
        const names = new UniqueNames();
        const out = titles.map((t) => names.next(t, 'md').toLowerCase());
        expect(new Set(out).size).toBe(out.length);
      }),
    );
  });
});
