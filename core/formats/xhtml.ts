/**
 * HTML to well-formed XHTML for EPUB chapters. The HTML parser has already
 * fixed nesting; this walk writes it back with XML rules: an element and
 * attribute allow-list, void elements self-closed, every text escaped,
 * characters XML forbids dropped, ids unique and valid.
 * Images and media are replaced by their alt text: they point at remote
 * servers, which an offline book cannot reach and EPUB readers refuse to
 * load without declaring them.
 */
import { escapeXml, safeHref } from './xml-escape';

const KEEP = new Set([
  'p', 'div', 'span', 'a', 'em', 'strong', 'b', 'i', 'u', 's', 'sub', 'sup', 'small', 'mark', 'q', 'cite', 'code',
  'pre', 'kbd', 'samp', 'var', 'abbr', 'time', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl',
  'dt', 'dd', 'blockquote', 'figure', 'figcaption', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption',
  'section', 'article', 'aside', 'header', 'footer', 'del', 'ins', 'dfn', 'bdi', 'bdo', 'wbr', 'address',
]);
/** Dropped with everything inside. */
const DROP = new Set([
  'script', 'style', 'noscript', 'iframe', 'object', 'embed', 'template', 'svg', 'math', 'form', 'input', 'button',
  'select', 'textarea', 'canvas', 'map', 'source', 'track', 'head', 'title', 'meta', 'link',
]);
const MEDIA = new Set(['img', 'picture', 'video', 'audio']);
const VOID = new Set(['br', 'hr', 'wbr']);
const ATTRIBUTES = new Set(['title', 'lang', 'dir', 'colspan', 'rowspan', 'datetime', 'cite', 'id', 'href']);
/** XML NCName, restricted to ASCII: ids from the web rarely need more, and invalid ones break the book. */
const NCNAME = /^[A-Za-z_][A-Za-z0-9._-]*$/;

export interface XhtmlContext {
  /** Page address, to resolve relative links. */
  baseUrl: string;
  /** Ids already used in this document (ids must be unique per file). */
  ids: Set<string>;
}

function attributes(el: Element, tag: string, ctx: XhtmlContext): string {
  let out = '';
  for (const attr of Array.from(el.attributes)) {
    const name = attr.name.toLowerCase();
    if (!ATTRIBUTES.has(name)) continue;
    let value = attr.value;
    if (name === 'href') {
      if (tag !== 'a') continue;
      const href = safeHref(value, ctx.baseUrl);
      if (href === null) continue;
      value = href;
    } else if (name === 'id') {
      if (!NCNAME.test(value) || ctx.ids.has(value)) continue;
      ctx.ids.add(value);
    } else if (name === 'dir' && !['ltr', 'rtl', 'auto'].includes(value)) {
      continue;
    } else if ((name === 'colspan' || name === 'rowspan') && !/^\d{1,3}$/.test(value)) {
      continue;
    }
    out += ` ${name}="${escapeXml(value)}"`;
  }
  return out;
}

function walk(node: Node, ctx: XhtmlContext, out: string[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      out.push(escapeXml(child.nodeValue ?? ''));
      continue;
    }
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    const tag = el.tagName.toLowerCase();
    if (DROP.has(tag)) continue;
    if (MEDIA.has(tag)) {
      const alt = (el.getAttribute('alt') ?? '').trim();
      if (alt !== '') out.push(`<span class="media-alt">[${escapeXml(alt)}]</span>`);
      continue;
    }
    if (!KEEP.has(tag)) {
      // Unknown or presentational wrappers (font, center, custom elements): keep their content.
      walk(el, ctx, out);
      continue;
    }
    const attrs = attributes(el, tag, ctx);
    if (VOID.has(tag)) {
      out.push(`<${tag}${attrs}/>`);
      continue;
    }
    out.push(`<${tag}${attrs}>`);
    walk(el, ctx, out);
    out.push(`</${tag}>`);
  }
}

/** The body of `doc` as an XHTML fragment. */
export function toXhtmlFragment(doc: Document, ctx: XhtmlContext): string {
  const out: string[] = [];
  walk(doc.body, ctx, out);
  return out.join('');
}
