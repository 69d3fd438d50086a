/** Message keys for format names, and the technical detail shown under a translated error. */
import type { MessageKey } from '../lib/i18n';

/** `_locales` keys allow only [A-Za-z0-9_]: `kiosque-json` becomes `exportFormat_kiosque_json`. */
export function formatKey(prefix: 'exportFormat_' | 'importFormat_', format: string): MessageKey {
  // Checked at test time: transfer-options.test.tsx asserts a key for every format.
  return `${prefix}${format.replace(/-/g, '_')}` as MessageKey;
}

/**
 * The error's own message names the line or entry (`line 3`, `entry
 * articles[2]`); it is in English, so it is shown as a detail under the
 * reader's own language rather than in its place.
 */
export function errorDetail(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('message' in error)) return null;
  const message = (error as { message: unknown }).message;
  return typeof message === 'string' && message !== '' ? message : null;
}
