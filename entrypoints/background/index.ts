import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../../lib/background';

// Firefox (MV2) runs this as an event page, unloaded when idle like Chrome's
// service worker, so both browsers exercise the same restart paths.
export default defineBackground({
  persistent: false,
  main() {
    startBackground();
  },
});
