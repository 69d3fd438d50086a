/**
 * A JSON object whose one large array is parsed an element at a time. A
 * backup of 10,000 articles is over 100 MB of JSON: JSON.parse on all of it
 * is a single pass of more than a second that nothing can interrupt, while
 * the elements parsed one by one can be spread over an import's steps.
 *
 * Only the top level is scanned here, for where each value starts and ends;
 * every value is still parsed by JSON.parse. Whenever the text is not plainly
 * an object of distinct keys whose `arrayKey` value is an array, the scan
 * gives up and the caller parses the whole text, so what is accepted and
 * every error message stay JSON.parse's own.
 */

export interface LazyJsonObject {
  /** Every top-level field, parsed, except `arrayKey` when its value is an array. */
  fields: Map<string, unknown>;
  /** The raw text of each element of `arrayKey`'s array, in order; null when `arrayKey` holds no array. */
  elements: string[] | null;
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
/** The characters that open, close or quote something; everything else inside a value is skipped by search. */
const STRUCTURE = /["{}[\]]/g;
/** A literal (number, true, false, null) runs to the next delimiter or white space. */
const LITERAL_END = /[,\]}\s]/g;

function skipSpace(text: string, i: number): number {
  while (i < text.length && WHITESPACE.has(text[i]!)) i++;
  return i;
}

/** The index just past the string opening at `i`, or -1 when it never closes. */
function stringEnd(text: string, i: number): number {
  let q = i;
  for (;;) {
    q = text.indexOf('"', q + 1);
    if (q === -1) return -1;
    let slashes = 0;
    while (text[q - 1 - slashes] === '\\') slashes++;
    // An even run of backslashes escapes itself, not the quote.
    if (slashes % 2 === 0) return q + 1;
  }
}

/**
 * The index just past the value starting at `i`, or -1. Brackets are only
 * counted, not matched: a mismatch is JSON.parse's to find in the slice.
 */
function valueEnd(text: string, i: number): number {
  const c = text[i];
  if (c === undefined) return -1;
  if (c === '"') return stringEnd(text, i);
  if (c !== '{' && c !== '[') {
    LITERAL_END.lastIndex = i;
    const m = LITERAL_END.exec(text);
    return m === null ? text.length : m.index;
  }
  let depth = 0;
  STRUCTURE.lastIndex = i;
  for (;;) {
    const m = STRUCTURE.exec(text);
    if (m === null) return -1;
    const ch = m[0];
    if (ch === '"') {
      const end = stringEnd(text, m.index);
      if (end === -1) return -1;
      STRUCTURE.lastIndex = end;
    } else if (ch === '{' || ch === '[') {
      depth++;
    } else if (--depth === 0) {
      return m.index + 1;
    }
  }
}

/** The raw elements of the array opening at `i`, and the index past it; null when it is not a plain array. */
function arrayElements(text: string, i: number): { elements: string[]; end: number } | null {
  const elements: string[] = [];
  let j = skipSpace(text, i + 1);
  if (text[j] === ']') return { elements, end: j + 1 };
  for (;;) {
    const end = valueEnd(text, j);
    if (end === -1 || end === j) return null;
    elements.push(text.slice(j, end));
    j = skipSpace(text, end);
    if (text[j] === ']') return { elements, end: j + 1 };
    if (text[j] !== ',') return null;
    j = skipSpace(text, j + 1);
  }
}

/**
 * Splits `text`, a JSON object, into its parsed fields and the raw elements
 * of the array under `arrayKey`. Null when the text is anything else, or
 * malformed anywhere but inside one of those elements.
 */
export function scanLazyObject(text: string, arrayKey: string): LazyJsonObject | null {
  try {
    const fields = new Map<string, unknown>();
    let elements: string[] | null = null;
    let i = skipSpace(text, 0);
    if (text[i] !== '{') return null;
    i = skipSpace(text, i + 1);
    if (text[i] === '}') return skipSpace(text, i + 1) === text.length ? { fields, elements: null } : null;
    for (;;) {
      if (text[i] !== '"') return null;
      const keyEnd = stringEnd(text, i);
      if (keyEnd === -1) return null;
      const key = JSON.parse(text.slice(i, keyEnd)) as string;
      // JSON.parse keeps the last of repeated keys; rather than copy that rule, leave such files to it.
      if (fields.has(key) || (key === arrayKey && elements !== null)) return null;
      i = skipSpace(text, keyEnd);
      if (text[i] !== ':') return null;
      i = skipSpace(text, i + 1);
      if (key === arrayKey && text[i] === '[') {
        const array = arrayElements(text, i);
        if (array === null) return null;
        elements = array.elements;
        i = array.end;
      } else {
        const end = valueEnd(text, i);
        if (end === -1 || end === i) return null;
        fields.set(key, JSON.parse(text.slice(i, end)));
        i = end;
      }
      i = skipSpace(text, i);
      if (text[i] === '}') {
        if (skipSpace(text, i + 1) !== text.length) return null;
        return { fields, elements };
      }
      if (text[i] !== ',') return null;
      i = skipSpace(text, i + 1);
    }
  } catch {
    // A field that JSON.parse refuses: the whole-text parse will say what is wrong.
    return null;
  }
}
