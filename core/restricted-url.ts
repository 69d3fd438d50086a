/**
 * Pages the extension must not (or cannot) clip. Browsers refuse script
 * injection into their own pages, other extensions and the add-on stores;
 * checking first gives the reader a clear reason instead of a raw browser
 * error, and keeps non-web content (data:, blob:, javascript:) out of the list.
 * Pure: whether file:// access is allowed is a parameter.
 */

export type RestrictedReason =
  | 'browser-page'
  | 'extension-page'
  | 'web-store'
  | 'pdf-viewer'
  | 'file-access'
  | 'not-a-web-page'
  | 'no-url';

/** Chrome's built-in PDF viewer is an extension page with this id. */
export const CHROME_PDF_VIEWER_ID = 'mhjfbmdgcfjbbpaeojofohoefgiehjai';

const BROWSER_SCHEMES = new Set([
  'chrome:',
  'edge:',
  'about:',
  'view-source:',
  'devtools:',
  'brave:',
  'opera:',
  'vivaldi:',
  'chrome-search:',
  'chrome-untrusted:',
  'resource:',
]);
const EXTENSION_SCHEMES = new Set(['chrome-extension:', 'moz-extension:', 'extension:', 'safari-web-extension:']);
const NOT_WEB_SCHEMES = new Set(['data:', 'blob:', 'javascript:', 'filesystem:']);

function isWebStore(url: URL): boolean {
  const host = url.hostname.toLowerCase();
  if (host === 'chromewebstore.google.com' || host === 'addons.mozilla.org') return true;
  if (host === 'microsoftedge.microsoft.com' && url.pathname.startsWith('/addons')) return true;
  return host === 'chrome.google.com' && /^\/webstore(\/|$)/i.test(url.pathname);
}

/**
 * Why `url` cannot be clipped, or null when it can. An unparsable or empty
 * URL is reported as 'no-url': without the `tabs` permission the browser
 * hides the address of pages the extension has no access to.
 */
export function restrictedReason(url: string | null | undefined, opts: { fileSchemeAllowed: boolean }): RestrictedReason | null {
  if (!url) return 'no-url';
  // view-source:https://… parses with the inner URL as the path, so the scheme is enough.
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'no-url';
  }
  const scheme = parsed.protocol.toLowerCase();
  if (scheme === 'chrome-extension:' && parsed.hostname === CHROME_PDF_VIEWER_ID) return 'pdf-viewer';
  if (BROWSER_SCHEMES.has(scheme)) return 'browser-page';
  if (EXTENSION_SCHEMES.has(scheme)) return 'extension-page';
  if (NOT_WEB_SCHEMES.has(scheme)) return 'not-a-web-page';
  if (scheme === 'file:') {
    if (!opts.fileSchemeAllowed) return 'file-access';
  } else if (scheme !== 'http:' && scheme !== 'https:') {
    return 'not-a-web-page';
  } else if (isWebStore(parsed)) {
    return 'web-store';
  }
  // The PDF viewer shows the document's own URL in the tab; its DOM is the viewer, not the text.
  if (/\.pdf$/i.test(parsed.pathname)) return 'pdf-viewer';
  return null;
}

const MESSAGES: Record<RestrictedReason, string> = {
  'browser-page': 'Browser pages cannot be saved.',
  'extension-page': 'Pages of extensions cannot be saved.',
  'web-store': 'The browser does not let extensions read add-on store pages.',
  'pdf-viewer': 'PDF documents cannot be saved as articles.',
  'file-access': 'Local files can be saved only when "Allow access to file URLs" is on for Kiosque.',
  'not-a-web-page': 'Only web pages can be saved.',
  'no-url': 'This page cannot be read by the extension.',
};

export function restrictedMessage(reason: RestrictedReason): string {
  return MESSAGES[reason];
}
