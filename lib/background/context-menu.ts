/**
 * "Save this page" on the page's context menu. Menu items persist across
 * service-worker restarts, so they are created once per install/update;
 * the click listener is registered on every start, as MV3 requires.
 */
import { browser } from 'wxt/browser';

export const SAVE_MENU_ID = 'kiosque-save-page';

export function registerContextMenu(save: (tabId: number) => Promise<unknown>): void {
  browser.runtime.onInstalled.addListener(() => {
    const title = browser.i18n.getMessage('contextSavePage') || 'Save this page';
    // removeAll first: on update the old item still exists and create() would fail on the duplicate id.
    void browser.contextMenus.removeAll().then(() =>
      browser.contextMenus.create({ id: SAVE_MENU_ID, title, contexts: ['page'] }),
    );
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== SAVE_MENU_ID || tab?.id === undefined) return;
    void save(tab.id);
  });
}
