/** The fetch queue's part of KiosqueApi: fetchLinks, fetchStatus, cancelFetch. */
import type { KiosqueDb } from '../db/schema';
import type { KiosqueApi } from '../api-types';
import { cancelJobs, checkIds, enqueueLinks, fetchStatus } from './job-store';
import { wakeFetchWorker } from './wake';

export type FetchServices = Pick<KiosqueApi, 'fetchLinks' | 'fetchStatus' | 'cancelFetch'>;

export function createFetchServices(deps: { db: () => KiosqueDb; now: () => number }): FetchServices {
  return {
    fetchLinks: async (ids) => {
      const outcome = await enqueueLinks(deps.db(), checkIds(ids), deps.now());
      await wakeFetchWorker();
      return outcome;
    },
    fetchStatus: async () => fetchStatus(deps.db()),
    cancelFetch: async () => {
      const outcome = await cancelJobs(deps.db());
      await wakeFetchWorker();
      return outcome;
    },
  };
}
