/**
 * An independent check of stored HTML: it does not reuse the sanitiser's
 * configuration, so a wrong entry there cannot make the check agree with it.
 * Returns one line per unsafe thing found; an empty list means clean.
 */

/** Elements that run code, load documents, submit data or restyle the page. */
const FORBIDDEN_ELEMENTS = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'input', 'button',
  'textarea', 'select', 'meta', 'base', 'link', 'noscript', 'template', 'portal', 'foreignobject', 'animate',
  'set', 'animatetransform', 'animatemotion', 'handler', 'listener', 'xmp', 'noembed', 'noframes', 'plaintext',
]);
const FORBIDDEN_ATTRS = new Set(['style', 'srcdoc', 'formaction', 'action', 'ping', 'http-equiv']);
const URL_ATTRS = ['href', 'src', 'xlink:href', 'action', 'formaction', 'poster', 'cite', 'data', 'background', 'longdesc'];
const SAFE_HREF = /^(?:https?:\/\/|mailto:|tel:|#)/i;
const SAFE_SRC = /^(?:https?:\/\/|data:image\/(?:png|gif|jpe?g|webp|avif|bmp)[;,])/i;

function urlProblem(el: Element, name: string, value: string): string | null {
  // Browsers strip these before deciding on the scheme, so the check does too.
  const v = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  if (v === '') return null;
  const safe = name === 'href' || name === 'xlink:href' || name === 'cite' ? SAFE_HREF : SAFE_SRC;
  return safe.test(v) ? null : `<${el.localName} ${name}="${value.slice(0, 60)}">`;
}

function srcsetProblem(el: Element, value: string): string | null {
  for (const candidate of value.split(/,\s+/)) {
    const href = candidate.trim().split(/\s+/)[0] ?? '';
    if (href !== '' && !/^https?:\/\//i.test(href)) return `<${el.localName} srcset="${value.slice(0, 60)}">`;
  }
  return null;
}

function problemsIn(root: ParentNode): string[] {
  const found: string[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const tag = el.localName.toLowerCase();
    if (FORBIDDEN_ELEMENTS.has(tag)) found.push(`<${tag}> element`);
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) found.push(`<${tag} ${name}> handler`);
      else if (FORBIDDEN_ATTRS.has(name)) found.push(`<${tag} ${name}> attribute`);
      else if (name === 'srcset') {
        const p = srcsetProblem(el, attr.value);
        if (p !== null) found.push(p);
      } else if (URL_ATTRS.includes(name)) {
        const p = urlProblem(el, name, attr.value);
        if (p !== null) found.push(p);
      }
    }
  }
  return found;
}

/**
 * Problems in `html` as the reader page would parse it, and again after one
 * more serialise-and-parse round: mutation XSS hides in markup that only
 * turns hostile the second time a browser reads it.
 */
export function unsafeParts(html: string, parse: (html: string) => Document): string[] {
  const first = parse(`<!DOCTYPE html><html><body>${html}</body></html>`).body;
  const second = parse(`<!DOCTYPE html><html><body>${first.innerHTML}</body></html>`).body;
  return [...new Set([...problemsIn(first), ...problemsIn(second)])];
}

/** A stored plain-text field must carry no markup that a careless render could turn into elements. */
export function isPlainUrl(value: string | null): boolean {
  return value === null || /^https?:\/\/[^\s<>"']+$/i.test(value);
}
