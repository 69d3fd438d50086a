import type { KiosqueErrorCode, SerializedKiosqueError } from '../core/errors';
import type { MessageKey } from '../lib/i18n';
import { t } from '../lib/i18n';

/** `_locales` keys allow only [A-Za-z0-9_], so `restricted-page` becomes `error_restricted_page`. */
export function errorMessageKey(code: string): MessageKey {
  // The cast is checked at test time: ui-locales.test.tsx asserts a key for every KiosqueErrorCode.
  return `error_${code.replace(/-/g, '_')}` as MessageKey;
}

function codeOf(error: unknown): KiosqueErrorCode | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;
  const code = (error as { code: unknown }).code;
  return typeof code === 'string' ? (code as KiosqueErrorCode) : null;
}

/**
 * The sentence to show for any failure: thrown KiosqueErrors and serialised ones
 * (from a message reply) read the same; anything untyped gets the generic line
 * rather than a raw exception text the reader cannot act on.
 */
export function describeError(error: unknown | SerializedKiosqueError): string {
  const code = codeOf(error);
  if (code) {
    const key = errorMessageKey(code);
    const text = t(key);
    if (text !== key) return text;
  }
  return t('error_unknown');
}
