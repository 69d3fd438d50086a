/** Answers the protocol's messages, from the extension's own pages only. */
import { browser } from 'wxt/browser';
import type { SaveOutcome } from '../api-types';
import { messenger } from '../messaging';
import { isOwnPage } from '../sender-check';
import type { KiosqueServices } from '../services';
import { saveToOutcome } from './save-and-report';

export function handleSaveTabMessage(
  services: Pick<KiosqueServices, 'saveTabOutcome'>,
  data: unknown,
  sender: { id?: string; url?: string } | undefined,
): Promise<SaveOutcome> {
  const self = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  if (!isOwnPage(sender, self)) {
    return Promise.resolve({ ok: false, error: { code: 'invalid-input', message: 'Messages are accepted from Kiosque pages only.' } });
  }
  const tabId = typeof data === 'object' && data !== null ? (data as { tabId?: unknown }).tabId : undefined;
  if (typeof tabId !== 'number') {
    return Promise.resolve({ ok: false, error: { code: 'invalid-input', message: 'saveTab needs a numeric tabId.' } });
  }
  return saveToOutcome(services, tabId);
}

export function registerMessageHandlers(services: Pick<KiosqueServices, 'saveTabOutcome'>): () => void {
  return messenger.onMessage('saveTab', ({ data, sender }) => handleSaveTabMessage(services, data, sender));
}
