/**
 * The one message protocol between the extension's pages and the background.
 * Only saving goes through the background, because it holds the activeTab
 * grant of the keyboard shortcut and context menu; everything else the pages
 * call directly on kiosqueApi (same database).
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import { isKiosqueError, type SerializedKiosqueError } from '../core/errors';
import type { ExtractionResult } from '../core/model';
import type { SaveOutcome } from './api-types';
import type { TransferReply, TransferRequest } from './transfer/offscreen-wire';

export interface ProtocolMap {
  saveTab(data: { tabId: number }): SaveOutcome;
  /** Page → background: fetch jobs were queued or cancelled (lib/fetch/wake.ts). */
  fetchWake(data: undefined): void;
  /** Background → offscreen document: run the extractor on fetched HTML (lib/fetch/offscreen-page.ts). */
  offscreenExtract(data: { html: string; url: string }): ExtractionResult;
  /** Background → offscreen document: an export or import that needs a DOM (lib/transfer/offscreen-page.ts). */
  offscreenTransfer(data: TransferRequest): TransferReply;
}

export const messenger = defineExtensionMessaging<ProtocolMap>();

/** Errors cross the message boundary as plain data; untyped errors keep only their message. */
export function serializeError(error: unknown): SerializedKiosqueError {
  if (isKiosqueError(error)) {
    return error.details ? { code: error.code, message: error.message, details: error.details } : { code: error.code, message: error.message };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'storage-failed', message: `Unexpected failure: ${message}` };
}

/** Asks the background to save a tab. Never rejects for a save failure: the outcome says it. */
export async function requestSaveTab(tabId: number): Promise<SaveOutcome> {
  try {
    return await messenger.sendMessage('saveTab', { tabId });
  } catch (error) {
    return { ok: false, error: serializeError(error) };
  }
}
