/**
 * Only the extension's own pages (popup, reader, options) may ask the
 * background to act. Web pages cannot message us without externally_connectable,
 * but content scripts injected by other means could, and the extractor hands
 * its result back through executeScript, never as a message.
 */
import type { Runtime } from 'webextension-polyfill';

export interface ExtensionIdentity {
  id: string;
  /** `chrome-extension://<id>/` or `moz-extension://<uuid>/`, i.e. runtime.getURL('/'). */
  origin: string;
}

export function isOwnPage(sender: Pick<Runtime.MessageSender, 'id' | 'url'> | undefined, self: ExtensionIdentity): boolean {
  if (!sender || sender.id !== self.id || typeof sender.url !== 'string') return false;
  // Compare scheme and host exactly, not a string prefix: "chrome-extension://id.evil/" must not
  // pass for "chrome-extension://id/". (URL.origin is "null" for these schemes outside the browser.)
  try {
    const from = new URL(sender.url);
    const own = new URL(self.origin);
    return own.host !== '' && from.protocol === own.protocol && from.host === own.host;
  } catch {
    return false;
  }
}
