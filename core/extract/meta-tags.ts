/**
 * Every `<meta>` of the page indexed by its lower-cased `property`, `name`
 * or `itemprop`, in document order. Read once, then queried by each metadata
 * module, instead of one selector per candidate name.
 */
export type MetaIndex = ReadonlyMap<string, readonly string[]>;

export function indexMeta(doc: Document): MetaIndex {
  const index = new Map<string, string[]>();
  for (const meta of Array.from(doc.querySelectorAll('meta'))) {
    const content = meta.getAttribute('content');
    if (content === null || content.trim() === '') continue;
    const keys = new Set<string>();
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      // `property` may hold several space-separated names (RDFa).
      for (const key of (meta.getAttribute(attr) ?? '').toLowerCase().split(/\s+/)) {
        if (key !== '') keys.add(key);
      }
    }
    for (const key of keys) {
      const list = index.get(key);
      if (list === undefined) index.set(key, [content.trim()]);
      else list.push(content.trim());
    }
  }
  return index;
}

/** The first value among `keys`, tried in order of preference. */
export function firstMeta(meta: MetaIndex, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = meta.get(key)?.[0];
    if (value !== undefined) return value;
  }
  return null;
}

/** Every value of every key, in order of preference then document order. */
export function allMeta(meta: MetaIndex, keys: readonly string[]): string[] {
  return keys.flatMap((key) => meta.get(key) ?? []);
}
