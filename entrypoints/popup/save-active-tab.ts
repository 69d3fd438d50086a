import { browser } from 'wxt/browser';
import type { SaveOutcome } from '../../lib/api-types';

/**
 * Saves the tab the popup was opened over. The background does the work
 * because it holds the activeTab grant; the popup only says which tab.
 */
export async function saveActiveTab(send: (tabId: number) => Promise<SaveOutcome>): Promise<SaveOutcome> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) {
    return { ok: false, error: { code: 'tab-not-found', message: 'No active tab in the current window' } };
  }
  return send(tab.id);
}

