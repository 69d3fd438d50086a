/**
 * The DOM that format code borrows from its caller, so core/ stays free of
 * DOM globals: the options page passes its own `window` and a DOMParser,
 * tests pass jsdom.
 */
import createDOMPurify, { type DOMPurify, type WindowLike } from 'dompurify';
import { KiosqueError } from '../errors';

export interface DomEnv {
  parseHtml(html: string): Document;
  /** The window DOMPurify binds to. */
  window: WindowLike;
}

const purifiers = new WeakMap<WindowLike, DOMPurify>();

function purifierFor(env: DomEnv): DOMPurify {
  let purifier = purifiers.get(env.window);
  if (!purifier) {
    purifier = createDOMPurify(env.window);
    // A DOM DOMPurify cannot drive (linkedom is one) would hand the input
    // back untouched; refusing is the only safe answer.
    if (!purifier.isSupported) {
      throw new KiosqueError('invalid-input', 'This DOM cannot sanitise HTML (DOMPurify unsupported)');
    }
    purifiers.set(env.window, purifier);
  }
  return purifier;
}

/**
 * What the clipper removes (core/extract/sanitize.ts) goes from imported HTML
 * too: DOMPurify's defaults keep form controls and SVG/MathML, where the
 * namespace-confusion (mutation XSS) tricks live, and a file from elsewhere
 * deserves no more trust than a web page.
 */
const IMPORT_FORBID_TAGS = [
  'style', 'form', 'input', 'button', 'select', 'option', 'textarea', 'iframe', 'frame', 'frameset', 'object', 'embed',
  'link', 'meta', 'base', 'noscript', 'template', 'svg', 'math', 'portal',
];
const IMPORT_FORBID_ATTR = ['style', 'srcdoc', 'formaction', 'action', 'ping'];

/**
 * Imported HTML is untrusted: scripts, handlers and `javascript:` links go.
 * With `baseUrl`, relative links and images are made absolute: the reader
 * page lives at an extension URL, where `/madrid/x` would point nowhere.
 */
export function sanitizeHtml(html: string, env: DomEnv, baseUrl?: string): string {
  const clean = purifierFor(env).sanitize(html, { FORBID_TAGS: IMPORT_FORBID_TAGS, FORBID_ATTR: IMPORT_FORBID_ATTR });
  if (baseUrl === undefined || !/\s(href|src)=/i.test(clean)) return clean;
  const doc = env.parseHtml(clean);
  for (const el of doc.body.querySelectorAll('[href], [src]')) {
    for (const name of ['href', 'src']) {
      const value = el.getAttribute(name);
      if (value === null || value.startsWith('#')) continue;
      const absolute = resolveUrl(value, baseUrl);
      if (absolute === null) el.removeAttribute(name);
      else el.setAttribute(name, absolute);
    }
  }
  return doc.body.innerHTML;
}

function resolveUrl(value: string, base: string): string | null {
  try {
    const url = new URL(value.trim(), base);
    return ['http:', 'https:', 'mailto:', 'data:'].includes(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/** An element's text without the text of scripts and styles inside it (titles from link text). */
export function elementText(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('script, style, template')) hidden.remove();
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const BLOCKS = new Set([
  'P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'TR', 'BR', 'FIGCAPTION',
  'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'DT', 'DD', 'TABLE', 'UL', 'OL', 'HR',
]);

/** Plain text with a line break between blocks, matching ExtractedArticle.text. */
export function htmlToText(html: string, env: DomEnv): string {
  if (html.trim() === '') return '';
  const out: string[] = [];
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) out.push((child.nodeValue ?? '').replace(/\s+/g, ' '));
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toUpperCase();
        if (tag === 'SCRIPT' || tag === 'STYLE') continue;
        const block = BLOCKS.has(tag);
        if (block) out.push('\n');
        walk(child);
        if (block) out.push('\n');
      }
    }
  };
  walk(env.parseHtml(html).body);
  return out
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

export function countWords(text: string): number {
  const matches = text.match(/\S+/g);
  return matches ? matches.length : 0;
}

/** ~230 words a minute, at least one minute for any text (as the model documents). */
export function readingMinutesFor(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / 230));
}
