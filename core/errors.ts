/**
 * One typed error for everything that can go wrong for a reason the reader
 * should hear about. `code` is stable (tests and the UI switch on it); the UI
 * maps it to a localised message (`error_<code>` in _locales).
 */
export type KiosqueErrorCode =
  | 'restricted-page'
  | 'tab-not-found'
  | 'navigated-away'
  | 'extraction-failed'
  | 'invalid-extraction'
  | 'page-too-large'
  | 'quota-exceeded'
  | 'storage-failed'
  | 'upgrade-failed'
  | 'not-found'
  | 'invalid-input'
  | 'unsupported-format'
  | 'import-failed';

export class KiosqueError extends Error {
  override readonly name = 'KiosqueError';
  constructor(
    readonly code: KiosqueErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export function isKiosqueError(value: unknown): value is KiosqueError {
  return value instanceof KiosqueError;
}

/** Errors cross message boundaries as plain objects; this is their shape. */
export interface SerializedKiosqueError {
  code: KiosqueErrorCode;
  message: string;
  details?: Record<string, unknown>;
}
