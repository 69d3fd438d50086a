import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDir, launchKiosque, requireBuild, type KiosqueSession } from './support/index.ts';

// Production asks for no host access: the reader's click or shortcut grants
// activeTab for one tab at a time. <all_urls> is only optional, requested when
// the reader asks to fetch imported links. Only the e2e build grants it up front.
const PRODUCTION_PERMISSIONS = ['activeTab', 'contextMenus', 'offscreen', 'scripting', 'storage'];

interface ManifestPermissions {
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
}

async function readManifest(build: 'prod' | 'e2e'): Promise<ManifestPermissions> {
  requireBuild(build);
  return JSON.parse(await readFile(path.join(buildDir(build), 'manifest.json'), 'utf8')) as ManifestPermissions;
}

let session: KiosqueSession | undefined;

afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe('permissions', () => {
  it('the production manifest on disk asks for exactly activeTab, scripting, storage, contextMenus, offscreen; host access only as optional', async () => {
    const manifest = await readManifest('prod');
    expect([...(manifest.permissions ?? [])].sort()).toEqual(PRODUCTION_PERMISSIONS);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toEqual(['<all_urls>']);
  });

  it('the production extension loaded in Chromium reports the same, with no host permissions', async () => {
    session = await launchKiosque({ build: 'prod' });
    const loaded = await session.worker.evaluate(() => {
      const runtime = (globalThis as unknown as { chrome: { runtime: { getManifest(): ManifestPermissions } } }).chrome
        .runtime;
      return runtime.getManifest();
    });
    expect([...(loaded.permissions ?? [])].sort()).toEqual(PRODUCTION_PERMISSIONS);
    expect(loaded.host_permissions ?? []).toEqual([]);

    const granted = await session.worker.evaluate(async () => {
      const permissions = (
        globalThis as unknown as { chrome: { permissions: { getAll(): Promise<{ origins?: string[] }> } } }
      ).chrome.permissions;
      return permissions.getAll();
    });
    expect(granted.origins ?? []).toEqual([]);
  });

  it('the e2e build differs from production only by <all_urls>', async () => {
    const [prod, e2e] = await Promise.all([readManifest('prod'), readManifest('e2e')]);
    expect(e2e.host_permissions).toEqual(['<all_urls>']);
    const { host_permissions: _hosts, ...e2eRest } = e2e;
    expect(e2eRest).toEqual(prod);
  });
});
