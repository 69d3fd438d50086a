import { startOffscreenExtractor } from '../../lib/fetch/offscreen-page';

startOffscreenExtractor();
