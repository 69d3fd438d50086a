/**
 * The offscreen document's side of a DOM-needing export or import: it runs
 * the same transfer services as the options page, for the background alone.
 * The request is data from outside this page, so its shape is checked here
 * and every value is checked again by the services themselves.
 */
import { browser } from 'wxt/browser';
import { KiosqueError } from '../../core/errors';
import { IMPORT_LIMITS, type ImportFormat } from '../../core/formats';
import type { ExportFormat, ExportSelection } from '../api-types';
import { messenger, serializeError } from '../messaging';
import { kiosqueDb } from '../services';
import { isOwnPage, type ExtensionIdentity } from '../sender-check';
import { isEntryKey, newEntryKey, putEntry, takeEntry, type CacheStore, type TransferReply } from './offscreen-wire';
import { createTransferServices, type TransferServices } from './services';

export interface TransferPageDeps {
  self: () => ExtensionIdentity;
  services: (locale: 'en' | 'fr') => Pick<TransferServices, 'exportData' | 'importData'>;
  caches: CacheStore;
  now: () => number;
  newId: () => string;
}

type Sender = { id?: string; url?: string } | undefined;

function invalid(message: string): KiosqueError {
  return new KiosqueError('invalid-input', message);
}

function field(data: object, name: string): unknown {
  return (data as Record<string, unknown>)[name];
}

async function run(deps: TransferPageDeps, data: unknown): Promise<TransferReply> {
  if (typeof data !== 'object' || data === null) throw invalid('offscreenTransfer needs a request object.');
  const locale = field(data, 'locale') === 'fr' ? 'fr' : 'en';
  const services = deps.services(locale);
  const op = field(data, 'op');
  if (op === 'export') {
    // Format and selection are checked by exportData, which gives the same errors as in a page.
    const blob = await services.exportData(field(data, 'format') as ExportFormat, field(data, 'selection') as ExportSelection | undefined);
    const key = newEntryKey(deps.now(), deps.newId());
    await putEntry(deps.caches, key, blob);
    return { ok: true, op, key };
  }
  if (op === 'import') {
    const input = field(data, 'input');
    if (typeof input !== 'object' || input === null) throw invalid('offscreenTransfer import needs an input.');
    const format = field(data, 'format') as ImportFormat | undefined;
    const text = field(input, 'text');
    if (typeof text === 'string') return { ok: true, op, outcome: await services.importData(text, format) };
    const key = field(input, 'key');
    if (!isEntryKey(key)) throw invalid('offscreenTransfer import needs text or a transfer key.');
    const name = field(input, 'fileName');
    const blob = await takeEntry(deps.caches, key);
    // The worker checked the size before staging; check again, the entry is still outside data.
    if (blob.size > IMPORT_LIMITS.maxBackupBytes) {
      throw new KiosqueError('import-failed', `The file is too large (${blob.size} bytes; the limit is ${IMPORT_LIMITS.maxBackupBytes})`);
    }
    const bytes = new Uint8Array(await blob.arrayBuffer());
    const run = typeof name === 'string' ? { fileName: name.slice(0, 500) } : {};
    return { ok: true, op, outcome: await services.importData(bytes, format, run) };
  }
  throw invalid('offscreenTransfer needs op "export" or "import".');
}

/** Answers one request; a failure comes back as a typed error, never as a rejected message. */
export async function handleOffscreenTransfer(deps: TransferPageDeps, data: unknown, sender: Sender): Promise<TransferReply> {
  if (!isOwnPage(sender, deps.self())) {
    return { ok: false, error: { code: 'invalid-input', message: 'Only Kiosque may use its export and import.' } };
  }
  try {
    return await run(deps, data);
  } catch (error) {
    return { ok: false, error: serializeError(error) };
  }
}

export function startOffscreenTransfer(): () => void {
  const deps: TransferPageDeps = {
    self: () => ({ id: browser.runtime.id, origin: browser.runtime.getURL('/') }),
    // The worker names the language: this document has only the runtime API, not i18n.
    services: (locale) =>
      createTransferServices({ db: kiosqueDb, now: () => Date.now(), newId: () => crypto.randomUUID(), locale: () => locale }),
    caches,
    now: () => Date.now(),
    newId: () => crypto.randomUUID(),
  };
  return messenger.onMessage('offscreenTransfer', ({ data, sender }) => handleOffscreenTransfer(deps, data, sender));
}
