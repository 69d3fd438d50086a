/**
 * Escaping for every XML and HTML text we write. Characters XML 1.0 forbids
 * (C0 controls other than tab/LF/CR, lone surrogates, U+FFFE/U+FFFF) are
 * dropped: an EPUB reader or feed parser rejects the whole file for one of
 * them, and they carry no meaning in an article.
 */
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function stripInvalidXmlChars(text: string): string {
  return text.replace(INVALID_XML, '');
}

/** Text and attribute values alike (quotes escaped so one function fits both). */
export function escapeXml(text: string): string {
  return stripInvalidXmlChars(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Same rules; HTML accepts everything XML does. */
export const escapeHtml = escapeXml;

/** Only http(s) and mailto links survive into generated documents. */
export function safeHref(href: string, base?: string): string | null {
  try {
    const url = base === undefined ? new URL(href) : new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'mailto:' ? url.href : null;
  } catch {
    return null;
  }
}
