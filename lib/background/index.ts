/** Everything the background does, composed from the service functions. */
import { kiosqueServices, type KiosqueServices } from '../services';
import { startFetchQueue } from '../fetch/background';
import { exposeAutomationApi } from './automation';
import { registerCommands } from './commands';
import { registerContextMenu } from './context-menu';
import { registerMessageHandlers } from './message-handlers';
import { saveWithFeedback } from './save-and-report';
import { startSearchIndex } from './search-index';

export function startBackground(services: KiosqueServices = kiosqueServices): void {
  const saveFromBrowserUi = (tabId: number) => saveWithFeedback(services, tabId);
  registerContextMenu(saveFromBrowserUi);
  registerCommands(saveFromBrowserUi);
  registerMessageHandlers(services);
  exposeAutomationApi(services);
  startSearchIndex();
  startFetchQueue();
}
