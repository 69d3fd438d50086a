import { storage } from 'wxt/utils/storage';
import { DEFAULT_FONT_SIZE, snapFontSize } from '../../components/reader-font-size';

export interface FontSizeStore {
  get(): Promise<number>;
  set(size: number): Promise<void>;
}

/**
 * In storage.local rather than the page's localStorage: every reader tab and
 * a later browser session share it, and it survives clearing site data.
 */
const fontSizeItem = storage.defineItem<number>('local:readerFontSize', {
  fallback: DEFAULT_FONT_SIZE,
  version: 1,
});

export const fontSizeStore: FontSizeStore = {
  // Snapped on the way out: a hand-edited or future value never reaches the CSS unchecked.
  get: async () => snapFontSize(await fontSizeItem.getValue()),
  set: (size) => fontSizeItem.setValue(snapFontSize(size)),
};
