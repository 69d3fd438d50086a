/**
 * Saves a tab and turns the result into a SaveOutcome, the form that crosses
 * message boundaries; the shortcut and the context menu also show it on the
 * toolbar button.
 */
import type { SaveOutcome } from '../api-types';
import { serializeError } from '../messaging';
import type { KiosqueServices } from '../services';
import { showSaveFeedback } from './feedback';

export async function saveToOutcome(services: Pick<KiosqueServices, 'saveTabOutcome'>, tabId: number): Promise<SaveOutcome> {
  try {
    const { article, created } = await services.saveTabOutcome(tabId);
    return { ok: true, article, created };
  } catch (error) {
    return { ok: false, error: serializeError(error) };
  }
}

export async function saveWithFeedback(services: Pick<KiosqueServices, 'saveTabOutcome'>, tabId: number): Promise<SaveOutcome> {
  const outcome = await saveToOutcome(services, tabId);
  try {
    await showSaveFeedback(tabId, outcome);
  } catch (error) {
    // The save itself is done; a badge that failed to draw must not hide that.
    console.warn('Kiosque: could not show save feedback', error);
  }
  if (!outcome.ok) console.warn(`Kiosque: save failed (${outcome.error.code}): ${outcome.error.message}`);
  return outcome;
}
