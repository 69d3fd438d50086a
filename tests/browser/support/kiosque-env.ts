/**
 * A fresh database and service object per test, plus a stand-in for
 * scripting.executeScript (fakeBrowser does not implement it) that answers
 * the two injections saveTab makes: the document probe and the extractor.
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ExtractionResult } from '../../../core/model';
import { KiosqueDb } from '../../../lib/db/schema';
import { createServices, type KiosqueServices } from '../../../lib/services';
import { fakeExtractionResult } from '../../factories';

let dbCount = 0;

export function freshDb(version?: number): KiosqueDb {
  dbCount += 1;
  return new KiosqueDb(`kiosque-test-${dbCount}-${Math.random().toString(36).slice(2)}`, { version });
}

export interface TestEnv {
  db: KiosqueDb;
  services: KiosqueServices;
  /** Advances the clock used for savedAt / updatedAt. */
  clock: { now: number };
}

export function testEnv(): TestEnv {
  const db = freshDb();
  const clock = { now: Date.UTC(2026, 10, 26, 9, 0, 0) };
  let ids = 0;
  const services = createServices({
    db: () => db,
    now: () => clock.now,
    newId: () => {
      ids += 1;
      return `id-${ids}`;
    },
  });
  return { db, services, clock };
}

export async function openTab(url: string): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url });
  if (tab.id === undefined) throw new Error('fakeBrowser created a tab without id');
  return tab.id;
}

type Injection = { files?: string[]; func?: unknown; target: { tabId: number; documentIds?: string[] } };
type InjectionResult = Array<{ frameId: number; documentId?: string; result?: unknown; error?: unknown }>;

export interface ExtractorStub {
  /** What the extractor returns (called per injection, so it can change state). */
  extract: (injection: Injection) => unknown | Promise<unknown>;
  /** Document id reported by the probe and by the extractor (null: a browser without ids). */
  documentId?: { probe: string | null; extract: string | null };
  /** The page's location.href as the probe sees it; defaults to the tab's URL. */
  href?: string;
}

/**
 * Installs the executeScript stand-in; returns the mock so tests can count
 * calls. The default extractor returns a valid article for the tab's URL.
 */
export function stubExecuteScript(stub: Partial<ExtractorStub> = {}) {
  const impl = async (injection: Injection): Promise<InjectionResult> => {
    const tab = await fakeBrowser.tabs.get(injection.target.tabId);
    if (!tab) throw new Error(`No tab with id: ${injection.target.tabId}.`);
    const ids = stub.documentId ?? { probe: 'doc-1', extract: 'doc-1' };
    if (injection.func) {
      return [{ frameId: 0, documentId: ids.probe ?? undefined, result: stub.href ?? tab.url }];
    }
    const result = stub.extract
      ? await stub.extract(injection)
      : fakeExtractionResult({ url: tab.url ?? '', canonicalUrl: tab.url ?? '' });
    return [{ frameId: 0, documentId: ids.extract ?? undefined, result }];
  };
  const mock = vi.fn(impl);
  // fakeBrowser's executeScript throws "not implemented"; every test installs its own.
  (fakeBrowser.scripting as unknown as { executeScript: typeof impl }).executeScript = mock;
  return mock;
}

export function okResult(url: string, overrides: Parameters<typeof fakeExtractionResult>[0] = {}): ExtractionResult {
  return fakeExtractionResult({ url, canonicalUrl: url, ...overrides });
}
