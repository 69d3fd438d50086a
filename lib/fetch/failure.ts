/**
 * Why a queued link could not be turned into an article. The reason is a
 * stable code the UI translates; the detail is the browser's or server's own
 * words, kept for the reader who wants to know more.
 */
export const FETCH_FAILURE_REASONS = [
  'permission-denied',
  'http-error',
  'timeout',
  'network',
  'not-html',
  'too-large',
  'too-short',
  'extraction-failed',
  'invalid-url',
] as const;
export type FetchFailureReason = (typeof FETCH_FAILURE_REASONS)[number];

/** Worth another try later: the server or the network may recover. */
export const TRANSIENT_REASONS: ReadonlySet<FetchFailureReason> = new Set(['timeout', 'network']);

export class FetchFailure extends Error {
  override readonly name = 'FetchFailure';
  constructor(
    readonly reason: FetchFailureReason,
    readonly detail: string,
    /** HTTP status, when the server answered. */
    readonly status?: number,
  ) {
    super(`${reason}: ${detail}`);
  }

  /** 429 and 5xx answers say "not now" rather than "never". */
  get transient(): boolean {
    if (this.reason === 'http-error') return this.status === 429 || (this.status !== undefined && this.status >= 500);
    return TRANSIENT_REASONS.has(this.reason);
  }
}

export interface StoredFailure {
  reason: FetchFailureReason;
  detail: string;
}

/** FetchJobRow.error holds `<reason>: <detail>`, one string so the row keeps its shape. */
export function encodeFailure(failure: StoredFailure): string {
  return `${failure.reason}: ${failure.detail}`;
}

export function decodeFailure(error: string | null): StoredFailure | null {
  if (error === null) return null;
  const cut = error.indexOf(': ');
  const head = cut < 0 ? error : error.slice(0, cut);
  const detail = cut < 0 ? '' : error.slice(cut + 2);
  const reason = FETCH_FAILURE_REASONS.find((known) => known === head);
  // A row written by a later version with a reason this one does not know still shows its words.
  return reason ? { reason, detail } : { reason: 'extraction-failed', detail: error };
}
