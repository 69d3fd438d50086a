import DOMPurify from 'dompurify';

/**
 * Stored HTML was sanitised at clip time; it is cleaned again here because the
 * database is writable by imports and by older versions, and the reader page
 * runs with the extension's privileges. Scripts, handlers, forms and embeds go;
 * images load lazily and links open outside the reader.
 */
export function sanitizeForReader(html: string, win: Window & typeof globalThis = window): string {
  const purifier = DOMPurify(win);
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'IMG') {
      node.setAttribute('loading', 'lazy');
      node.setAttribute('decoding', 'async');
      // Images are fetched from the publisher; do not tell it which article the reader opened.
      node.setAttribute('referrerpolicy', 'no-referrer');
    }
    if (node.nodeName === 'A' && node.getAttribute('href')) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
  });
  return purifier.sanitize(html, {
    // template: its inert content is a known carrier of mutation XSS, and no article needs it.
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'object', 'embed', 'link', 'meta', 'base', 'template'],
    FORBID_ATTR: ['style', 'srcdoc', 'formaction'],
    ADD_ATTR: ['target'],
  });
}
