import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { prefetchFirstRows } from './popup/first-rows';

// Loaded by popup.html as a classic script in <head>: it runs as soon as the
// parser reaches it, before the popup's module graph is fetched and
// evaluated, so opening the database and reading the newest rows overlap
// that load instead of following it.
export default defineUnlistedScript(() => {
  prefetchFirstRows(globalThis, globalThis.indexedDB);
});
