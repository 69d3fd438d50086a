/** Small DOM helpers shared by the cleanup rules; they take nodes, never globals. */
import { countMatches, textPattern } from '../../latin-text';

/**
 * Every rule asks for the text of nearly every element. The normalised text
 * is cached for one stage only (the DOM is rewritten by Readability in
 * between) and remove() drops the entries of the removed node's ancestors,
 * whose text just changed. The text itself comes from the DOM's own
 * textContent: in the browser that native copy is cheaper than a script
 * walk that would wrap every node of the article in a JS object.
 */
let textCache: Map<Node, string> | null = null;
/** Word counts and class names: up to ten rules ask for them per element. */
let wordCache: Map<Node, number> | null = null;
let classCache: Map<Node, string> | null = null;
/** See pageTextOf. */
let pageText: string | null = null;

/**
 * Runs one stage of rules with fresh caches. `knownPageText`, when given,
 * must hold every text of the stage's root (the page's text read before it
 * was cloned, say): pageTextOf hands it out instead of reading the page again.
 */
export function withTextCache(run: () => void, knownPageText?: string): void {
  pageText = knownPageText ?? null;
  textCache = new Map();
  wordCache = new Map();
  classCache = new Map();
  try {
    run();
  } finally {
    pageText = null;
    textCache = null;
    wordCache = null;
    classCache = null;
  }
}

export function textOf(el: Element): string {
  const hit = textCache?.get(el);
  if (hit !== undefined) return hit;
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  textCache?.set(el, text);
  return text;
}

/**
 * A text that holds the text of every element under `root`, raw (white space
 * as in the page), for rules that rule a page out with one scan before
 * walking it: a phrase it lacks is in no element's text. It may hold more
 * than the page does now (text an earlier rule removed), never less, so it
 * can only let a walk happen that was not needed. Read once per stage.
 */
export function pageTextOf(root: Element): string {
  pageText ??= root.textContent ?? '';
  return pageText;
}

/** No rule cares about more words than this; counting stops there, as whole-page texts are long. */
export const WORD_COUNT_CAP = 200;

const WORD = textPattern((c) => `[${c.letter}${c.number}_]+`, 'g');

/** The words of `text`: runs of letters, digits and underscores. */
export function wordsIn(text: string): string[] {
  return text.match(WORD(text)) ?? [];
}

export function wordCount(text: string): number {
  return countMatches(WORD(text), text, WORD_COUNT_CAP);
}

/** Past this length, words are first counted in a prefix, which settles the cap on any long text. */
const PREFIX_CHARS = 4000;

/**
 * wordCount(textOf(el)), remembered for the stage like the text itself.
 * Counted on the raw text: folding white space changes no run of word
 * characters, and rules ask for the count first so that a long block is
 * ruled out without folding its text. A prefix holds no more words than
 * the whole, so a prefix that reaches the cap settles it.
 */
export function wordsOf(el: Element): number {
  const hit = wordCache?.get(el);
  if (hit !== undefined) return hit;
  const raw = textCache?.get(el) ?? el.textContent ?? '';
  let n = raw.length > PREFIX_CHARS ? wordCount(raw.slice(0, PREFIX_CHARS)) : 0;
  if (n <= WORD_COUNT_CAP) n = wordCount(raw);
  wordCache?.set(el, n);
  return n;
}

/**
 * False only when the element's folded text is surely longer than
 * `maxChars`, read from its word count alone: n words take at least 2n - 1
 * characters. A rule bounded in characters asks this before textOf, so a
 * long block is ruled out without folding its text.
 */
export function textMayFit(el: Element, maxChars: number): boolean {
  return wordsOf(el) <= Math.floor((maxChars + 1) / 2);
}

/** Class and id together, lower-cased: where templates name their boilerplate. */
export function classAndId(el: Element): string {
  const hit = classCache?.get(el);
  if (hit !== undefined) return hit;
  const value = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
  classCache?.set(el, value);
  return value;
}

/**
 * Whether at least `share` of the element's text sits inside links. The sum
 * only grows, so counting stops at the link that reaches the share: a site
 * menu of hundreds of links is settled by its first half.
 */
export function linkDensityAtLeast(el: Element, share: number): boolean {
  const total = textOf(el).length;
  if (total === 0) return 0 >= share;
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) {
    linked += textOf(a).length;
    if (Math.min(1, linked / total) >= share) return true;
  }
  return Math.min(1, linked / total) >= share;
}

export function remove(el: Element): void {
  for (let n = el.parentNode; n; n = n.parentNode) {
    textCache?.delete(n);
    wordCache?.delete(n);
  }
  el.parentNode?.removeChild(el);
}

/** Elements in document order, snapshotted so rules can remove while iterating. */
export function all(root: Element, selector: string): Element[] {
  return Array.from(root.querySelectorAll(selector));
}

/**
 * Elements among `tags` (upper case) whose class or id contains one of
 * `fragments`, in document order. On a whole page, the browser's own
 * attribute matching narrows thousands of elements to a handful before a
 * rule's exact pattern runs; the pattern must require one of the fragments.
 */
export function withClassOrId(root: Element, tags: ReadonlySet<string>, fragments: readonly string[]): Element[] {
  const selector = fragments.map((f) => `[class*="${f}" i],[id*="${f}" i]`).join(',');
  return all(root, selector).filter((el) => tags.has(el.tagName.toUpperCase()));
}

/** True when the element still hangs in the tree under root (an ancestor may have gone). */
export function attached(root: Element, el: Element): boolean {
  for (let n: Node | null = el; n; n = n.parentNode) if (n === root) return true;
  return false;
}

/** Leaf-ish text blocks: elements with text but no block-level children. */
const BLOCK_CHILD = 'p,div,ul,ol,li,table,section,article,figure,blockquote,h1,h2,h3,h4,h5,h6,header,footer,aside';
export function textBlocks(root: Element): Element[] {
  // One upward walk from every block marks the elements that hold one, where
  // a querySelector per candidate rescanned each subtree (quadratic on deep pages).
  const holdsBlock = new Set<Node>();
  for (const block of all(root, BLOCK_CHILD)) {
    for (let n = block.parentNode; n !== null && !holdsBlock.has(n); n = n.parentNode) {
      holdsBlock.add(n);
      if (n === root) break;
    }
  }
  return all(root, 'p,div,span,li,figcaption,h1,h2,h3,h4,h5,h6,a,time,small,strong,em,b,section,aside,footer,header').filter(
    (el) => !holdsBlock.has(el) && textOf(el) !== '',
  );
}
