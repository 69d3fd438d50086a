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
  // Compare origins rather than prefixes: "chrome-extension://id.evil/" must not pass for "chrome-extension://id".
  try {
    return new URL(sender.url).origin === new URL(self.origin).origin && self.origin.length > 0;
  } catch {
    return false;
  }
}
