/**
 * Downloads one page for the queue: with a deadline, a size cap and a check
 * that it is HTML at all, so one slow or huge answer cannot stall the queue
 * or fill memory. Every failure leaves as a FetchFailure with its reason.
 */
import { FetchFailure } from './failure';

export interface FetchLimits {
  /** Whole request, body included. */
  timeoutMs: number;
  maxBytes: number;
}

export const DEFAULT_FETCH_LIMITS: FetchLimits = { timeoutMs: 20_000, maxBytes: 5 * 1024 * 1024 };

export interface FetchedPage {
  html: string;
  /** After redirects: relative links and the canonical URL resolve against it. */
  url: string;
}

const HTML_TYPES = ['text/html', 'application/xhtml+xml'];

function charsetOf(contentType: string | null, head: Uint8Array): string {
  const declared = /charset=["']?([\w-]+)/i.exec(contentType ?? '')?.[1];
  if (declared) return declared;
  // Many French and Spanish sites still serve Latin-1 and say so only in a <meta>, within the first bytes.
  const start = new TextDecoder('latin1').decode(head.subarray(0, 2048));
  return /<meta[^>]+charset=["']?([\w-]+)/i.exec(start)?.[1] ?? 'utf-8';
}

function decode(bytes: Uint8Array, contentType: string | null): string {
  try {
    return new TextDecoder(charsetOf(contentType, bytes)).decode(bytes);
  } catch {
    // An unknown label: UTF-8 is what the HTML standard falls back to.
    return new TextDecoder('utf-8').decode(bytes);
  }
}

async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = () => new FetchFailure('too-large', `The page is larger than ${Math.round(maxBytes / 1024)} kB.`);
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge();
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    parts.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.byteLength;
  }
  return bytes;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function fetchPage(
  url: string,
  fetchFn: typeof fetch,
  limits: FetchLimits = DEFAULT_FETCH_LIMITS,
): Promise<FetchedPage> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, limits.timeoutMs);
  try {
    const response = await fetchFn(url, {
      signal: controller.signal,
      redirect: 'follow',
      headers: { Accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1' },
    });
    if (!response.ok) {
      throw new FetchFailure('http-error', `HTTP ${response.status} ${response.statusText}`.trim(), response.status);
    }
    const type = response.headers.get('content-type');
    const mime = (type ?? '').split(';', 1)[0]?.trim().toLowerCase() ?? '';
    // A missing type is sniffed by browsers as HTML more often than not; an explicit other type is not a page.
    if (mime !== '' && !HTML_TYPES.includes(mime)) throw new FetchFailure('not-html', `The address serves ${mime}.`);
    const bytes = await readCapped(response, limits.maxBytes);
    return { html: decode(bytes, type), url: response.url || url };
  } catch (error) {
    if (error instanceof FetchFailure) throw error;
    if (timedOut) throw new FetchFailure('timeout', `No complete answer within ${Math.round(limits.timeoutMs / 1000)} s.`);
    throw new FetchFailure('network', describe(error));
  } finally {
    clearTimeout(timer);
  }
}
