/**
 * DOMPurify over Readability's output, then every URL made absolute against
 * the page, so the stored HTML can be shown offline from the extension's own
 * origin without running or loading anything it should not.
 */
import createDOMPurify, { type DOMPurify, type WindowLike } from 'dompurify';
import { KiosqueError } from '../errors';
import { absoluteUrl } from '../url';

const FORBID_TAGS = [
  'style', 'iframe', 'frame', 'frameset', 'form', 'input', 'button', 'select', 'option', 'textarea', 'meta', 'base',
  'link', 'object', 'embed', 'noscript', 'template', 'svg', 'math', 'canvas', 'dialog', 'portal',
];
const FORBID_ATTR = ['style', 'class', 'srcdoc', 'formaction', 'action', 'ping'];
const URL_ATTRS = new Set(['href', 'src', 'poster', 'cite', 'longdesc']);

const instances = new WeakMap<object, DOMPurify>();
/** The page URL relative addresses resolve against, set for the length of one sanitize() call. */
let currentBase: string | null = null;

/**
 * URLs are made absolute as DOMPurify visits each attribute, rather than in
 * a second walk over every element afterwards; DOMPurify then checks the
 * absolute value, so nothing it would refuse gets through.
 */
function absolutiseUrls(_node: Element, data: { attrName: string; attrValue: string; keepAttr: boolean }): void {
  if (currentBase === null) return;
  const name = data.attrName;
  if (name !== 'srcset' && !URL_ATTRS.has(name)) return;
  const fixed = name === 'srcset' ? fixSrcset(data.attrValue, currentBase) : fixUrl(data.attrValue, name, currentBase);
  if (fixed === null) data.keepAttr = false;
  else data.attrValue = fixed;
}

function purifierFor(win: Window): DOMPurify {
  let purify = instances.get(win);
  if (purify === undefined) {
    // DOMPurify's default instance is already bound to the global window (in
    // the content script, the page's); building a second one for that same
    // window costs a few milliseconds on every clip. Only compared, never read.
    const sameWindow = (win as unknown) === globalThis && createDOMPurify.isSupported;
    purify = sameWindow ? createDOMPurify : createDOMPurify(win as unknown as WindowLike);
    purify.addHook('uponSanitizeAttribute', absolutiseUrls);
    instances.set(win, purify);
  }
  // DOMPurify returns its input untouched when the window cannot support it
  // (linkedom's window is one), which would store the page's scripts as is.
  if (!purify.isSupported) {
    throw new KiosqueError('extraction-failed', 'This DOM cannot run the HTML sanitiser.');
  }
  return purify;
}

function fixUrl(value: string, attr: string, base: string): string | null {
  const v = value.trim();
  if (attr === 'href' && v.startsWith('#')) return v;
  if (/^(?:mailto|tel):/i.test(v)) return attr === 'href' ? v : null;
  if (/^data:/i.test(v)) return attr !== 'href' && /^data:image\/(?:png|gif|jpe?g|webp|avif|bmp)[;,]/i.test(v) ? v : null;
  return absoluteUrl(v, base);
}

function fixSrcset(value: string, base: string): string | null {
  const parts = value
    .split(/,\s+/)
    .map((candidate) => {
      const [href, ...descriptor] = candidate.trim().split(/\s+/);
      const abs = href === undefined ? null : absoluteUrl(href, base);
      return abs === null ? null : [abs, ...descriptor].join(' ');
    })
    .filter((c): c is string => c !== null);
  return parts.length === 0 ? null : parts.join(', ');
}

/**
 * Sanitises `html` in `win`'s DOM and returns the sanitised body element
 * (owned by `win`'s document). Throws KiosqueError('extraction-failed') when
 * `win` cannot run DOMPurify.
 */
export function sanitizeArticleHtml(html: string, win: Window, base: string): HTMLElement {
  const purify = purifierFor(win);
  currentBase = base;
  try {
    return purify.sanitize(html, {
      FORBID_TAGS,
      FORBID_ATTR,
      ALLOW_DATA_ATTR: false,
      RETURN_DOM: true,
    }) as HTMLElement;
  } finally {
    currentBase = null;
  }
}
