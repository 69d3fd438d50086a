import { describe, expect, it } from 'vitest';
import { csvRow, guardFormula, parseCsv, unguardFormula } from '../../../core/formats/csv';
import { KiosqueError } from '../../../core/errors';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, and reports start lines', () => {
    const text = 'a,b\r\n"x, y","he said ""hi"""\n"multi\nline",z\n\nlast,row';
    const records = parseCsv(text);
    expect(records.map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['x, y', 'he said "hi"'],
      ['multi\nline', 'z'],
      ['last', 'row'],
    ]);
    expect(records.map((r) => r.line)).toEqual([1, 2, 3, 6]);
  });

  it('keeps empty cells and strips a BOM', () => {
    expect(parseCsv('\uFEFFa,,c\n,,\n').map((r) => r.cells)).toEqual([
      ['a', '', 'c'],
      ['', '', ''],
    ]);
  });

  it('rejects an unterminated quote, naming the line it opened on', () => {
    const error = (() => {
      try {
        parseCsv('title,url\nok,https://a.example\n"broken,https://b.example\nmore,lines\n');
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(KiosqueError);
    expect((error as KiosqueError).code).toBe('import-failed');
    expect((error as KiosqueError).message).toContain('line 3');
  });

  it('rejects text glued to a closing quote', () => {
    expect(() => parseCsv('"a"b,c\n')).toThrow(/line 1/);
  });
});

describe('CSV writing and the formula guard', () => {
  it('quotes only what needs quoting', () => {
    expect(csvRow(['plain', 'a,b', 'say "x"', 'two\nlines'])).toBe('plain,"a,b","say ""x""","two\nlines"\r\n');
  });

  it.each(['=HYPERLINK("http://evil")', '+33 1 23', '-2', '@SUM(A1)', '\tcmd', "'=already"])(
    'guards %j reversibly',
    (value) => {
      const guarded = guardFormula(value);
      expect(guarded.startsWith("'")).toBe(true);
      expect(unguardFormula(guarded)).toBe(value);
    },
  );

  it('leaves ordinary cells alone', () => {
    for (const value of ['Madrid', "l'Eixample", '', 'https://x.example/?a=1', "'quoted"]) {
      expect(guardFormula(value)).toBe(value);
      expect(unguardFormula(value)).toBe(value);
    }
  });

  it('writer output parses back to the same cells', () => {
    const cells = ['a"b', 'c,d', 'e\r\nf', '', 'ünïcødé 🚇', 'مدريد'];
    expect(parseCsv(csvRow(cells))[0]!.cells).toEqual(cells);
  });
});
