/**
 * JSON-LD as publishers actually write it: several blocks, `@graph`, arrays,
 * nested `mainEntity`, trailing commas, raw line breaks inside strings and
 * CDATA or comment wrappers. A block that still does not parse is skipped;
 * one bad block never hides the others.
 */
export type JsonLdNode = Record<string, unknown>;

/** NewsArticle, ReportageNewsArticle, BlogPosting, LiveBlogPosting, Report… (any prefix). */
const ARTICLE_TYPE = /^(?:\w+:)?\w*(?:Article|Posting|Report)$/;
const PAGE_TYPE = /^(?:\w+:)?(?:WebPage|ItemPage)$/;
const MAX_NODES = 2_000;

function isObject(value: unknown): value is JsonLdNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseLenient(raw: string): unknown {
  const text = raw
    .trim()
    .replace(/^(?:\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[))+/, '')
    .replace(/(?:\s*(?:-->|\/\/\s*\]\]>|\]\]>))+$/, '')
    .trim();
  try {
    return JSON.parse(text);
  } catch {
    // The two repairs that rescue most real-world blocks: raw control
    // characters inside strings, and trailing commas before `}` or `]`.
    const repaired = text.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1');
    try {
      return JSON.parse(repaired);
    } catch {
      return undefined;
    }
  }
}

/** Every object with an `@type`, depth-first, from every block of the page. */
export function readJsonLd(doc: Document): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  const stack: unknown[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    const parsed = parseLenient(script.textContent ?? '');
    if (parsed !== undefined) stack.push(parsed);
    // Reverse pushes keep the page's order when popping.
    stack.reverse();
    while (stack.length > 0 && nodes.length < MAX_NODES) {
      const value = stack.pop();
      if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--) stack.push(value[i]);
        continue;
      }
      if (!isObject(value)) continue;
      if ('@type' in value) nodes.push(value);
      for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement', 'hasPart']) {
        const child = value[key];
        if (child !== undefined) stack.push(child);
      }
    }
    stack.length = 0;
  }
  return nodes;
}

export function typesOf(node: JsonLdNode): string[] {
  const type = node['@type'];
  if (typeof type === 'string') return [type];
  if (Array.isArray(type)) return type.filter((t): t is string => typeof t === 'string');
  return [];
}

/** The node describing the article itself: an Article type, else a WebPage. */
export function articleNode(nodes: readonly JsonLdNode[]): JsonLdNode | null {
  return (
    nodes.find((n) => typesOf(n).some((t) => ARTICLE_TYPE.test(t))) ??
    nodes.find((n) => typesOf(n).some((t) => PAGE_TYPE.test(t))) ??
    null
  );
}

/** A value as a list of strings: `"a"`, `["a", "b"]`, `{name: "a"}`, `[{name: "a"}]`. */
export function namesOf(value: unknown, key = 'name'): string[] {
  const out: string[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (depth > 4) return;
    if (typeof v === 'string') {
      if (v.trim() !== '') out.push(v.trim());
    } else if (Array.isArray(v)) {
      for (const item of v) visit(item, depth + 1);
    } else if (isObject(v)) {
      visit(v[key], depth + 1);
    }
  };
  visit(value, 0);
  return out;
}

export function stringOf(value: unknown): string | null {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) {
    for (const item of value) {
      const s = stringOf(item);
      if (s !== null) return s;
    }
  }
  return null;
}
