/**
 * Only the background runs the fetch worker. Pages share the database, so
 * they queue jobs themselves and then wake the background by message; in the
 * background the worker is woken directly.
 */
import { messenger } from '../messaging';

let localWake: (() => void) | undefined;

/** Called once by the background when it starts its worker. */
export function setLocalFetchWake(wake: (() => void) | undefined): void {
  localWake = wake;
}

export async function wakeFetchWorker(): Promise<void> {
  if (localWake) {
    localWake();
    return;
  }
  try {
    await messenger.sendMessage('fetchWake', undefined);
  } catch (error) {
    // The jobs are stored: the background picks them up when it next starts.
    console.warn('Kiosque: could not reach the background to start fetching', error);
  }
}
