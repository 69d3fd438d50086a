/** The `save-page` keyboard command declared in the manifest: saves the focused tab. */
import { browser } from 'wxt/browser';

export const SAVE_COMMAND = 'save-page';

export function registerCommands(save: (tabId: number) => Promise<unknown>): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== SAVE_COMMAND) return;
    // Chrome passes the tab; Firefox may not, so ask which tab has focus.
    const tabId = tab?.id;
    if (tabId !== undefined) {
      void save(tabId);
      return;
    }
    void browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => {
      if (active?.id !== undefined) void save(active.id);
    });
  });
}
