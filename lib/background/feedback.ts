/**
 * Tells the reader how a save from the shortcut or the context menu went,
 * since no popup is open: a badge on the toolbar button, with the reason in
 * its tooltip. Per tab, so other tabs keep a clean button.
 */
import { browser } from 'wxt/browser';
import type { SaveOutcome } from '../api-types';

export const BADGE_OK = '✓';
export const BADGE_FAILED = '!';
/** Long enough to be noticed, short enough not to look like a lasting state. */
export const BADGE_CLEAR_MS = 4_000;

function errorKey(code: string): string {
  return `error_${code.replace(/-/g, '_')}`;
}

function localised(key: string, fallback: string): string {
  // getMessage takes the generated key union; codes are data here, hence the cast.
  const message = browser.i18n.getMessage(key as Parameters<typeof browser.i18n.getMessage>[0]);
  return message === '' ? fallback : message;
}

/** Chrome (MV3) calls the toolbar button `action`; Firefox's MV2 build only has `browserAction`. */
function toolbarButton(): typeof browser.action {
  return browser.action ?? browser.browserAction;
}

export async function showSaveFeedback(tabId: number, outcome: SaveOutcome): Promise<void> {
  const action = toolbarButton();
  const title = outcome.ok
    ? `${localised('badgeSaved', 'Saved to Kiosque')}: ${outcome.article.title}`
    : `${localised(errorKey(outcome.error.code), outcome.error.message)} (${outcome.error.message})`;
  await action.setBadgeBackgroundColor({ tabId, color: outcome.ok ? '#1a7f37' : '#cf222e' });
  await action.setBadgeText({ tabId, text: outcome.ok ? BADGE_OK : BADGE_FAILED });
  await action.setTitle({ tabId, title });
  setTimeout(() => {
    // The tab may be gone by then; that is not worth reporting.
    action.setBadgeText({ tabId, text: '' }).catch(() => undefined);
  }, BADGE_CLEAR_MS);
}
