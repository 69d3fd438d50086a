import { describe, expect, it } from 'vitest';
import { FetchFailure } from '../../lib/fetch/failure';
import { fetchPage } from '../../lib/fetch/fetch-page';

const LIMITS = { timeoutMs: 100, maxBytes: 1_000 };

function serve(body: BodyInit, headers: Record<string, string>, status = 200): typeof fetch {
  return async () => new Response(body, { status, headers });
}

async function failure(promise: Promise<unknown>): Promise<FetchFailure> {
  const error: unknown = await promise.then(
    () => new Error('expected a failure'),
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof FetchFailure)) throw error;
  return error;
}

describe('fetchPage', () => {
  it('decodes a Latin-1 page that declares its charset only in a meta tag', async () => {
    const bytes = Uint8Array.from([...'<meta charset="iso-8859-1"><p>Le caf'].map((c) => c.charCodeAt(0)).concat([0xe9]));
    const page = await fetchPage('https://a.example/', serve(bytes, { 'content-type': 'text/html' }), LIMITS);
    expect(page.html.endsWith('café')).toBe(true);
  });

  it('trusts the charset of the Content-Type header', async () => {
    const bytes = Uint8Array.from([0x61, 0xf1, 0x6f]);
    const page = await fetchPage('https://a.example/', serve(bytes, { 'content-type': 'text/html; charset=windows-1252' }), LIMITS);
    expect(page.html).toBe('año');
  });

  it('stops reading past the size cap even when no length was declared', async () => {
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(new Uint8Array(400).fill(0x61));
      },
    });
    const error = await failure(fetchPage('https://a.example/', serve(stream, { 'content-type': 'text/html' }), LIMITS));
    expect(error.reason).toBe('too-large');
  });

  it('refuses a declared length over the cap before reading', async () => {
    const error = await failure(
      fetchPage('https://a.example/', serve('x', { 'content-type': 'text/html', 'content-length': '5000' }), LIMITS),
    );
    expect(error.reason).toBe('too-large');
  });

  it('calls 429 and 5xx transient, 404 and 410 final', async () => {
    for (const [status, transient] of [[404, false], [410, false], [429, true], [502, true]] as const) {
      const error = await failure(fetchPage('https://a.example/', serve('no', { 'content-type': 'text/html' }, status), LIMITS));
      expect(error).toMatchObject({ reason: 'http-error', status, transient });
    }
  });

  it('accepts a page served without a content type, refuses JSON', async () => {
    const untyped = await fetchPage('https://a.example/', async () => new Response(new TextEncoder().encode('<p>ok</p>')), LIMITS);
    expect(untyped.html).toBe('<p>ok</p>');
    const error = await failure(fetchPage('https://a.example/', serve('{}', { 'content-type': 'application/json' }), LIMITS));
    expect(error.reason).toBe('not-html');
  });
});
