import { startOffscreenExtractor } from '../../lib/fetch/offscreen-page';
import { startOffscreenTransfer } from '../../lib/transfer/offscreen-page';

startOffscreenExtractor();
startOffscreenTransfer();
