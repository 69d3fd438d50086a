/**
 * The extension pages keep Manifest V3's strict policy: no inline or remote
 * script anywhere in the build, nothing in the manifest loosening it, and an
 * inline script injected into the live reader page is refused by the browser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDir, launchKiosque, requireBuild, type KiosqueSession } from './support/index.ts';

interface Manifest {
  content_security_policy?: { extension_pages?: string; sandbox?: string } | string;
  sandbox?: unknown;
  web_accessible_resources?: unknown;
  externally_connectable?: unknown;
}

function files(dir: string, ext: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return files(full, ext);
    return entry.name.endsWith(ext) ? [full] : [];
  });
}

describe.each(['prod', 'e2e'] as const)('the %s build', (build) => {
  it('declares no policy that allows inline, eval or remote script, and no web-reachable surface', () => {
    const dir = requireBuild(build);
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
    const policy = JSON.stringify(manifest.content_security_policy ?? '');
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|wasm-unsafe-eval|https?:|\*|data:|blob:/);
    expect(manifest.sandbox).toBeUndefined();
    // Without these, no web page can message Kiosque or load its files.
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
  });

  it('ships no inline script and no remote script in any page', () => {
    const dir = buildDir(build);
    const pages = files(dir, '.html');
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
      for (const [, attrs = '', body = ''] of scripts) {
        expect(body.trim(), `${path.basename(file)} has an inline script`).toBe('');
        const src = /\bsrc=["']?([^"'\s>]+)/i.exec(attrs)?.[1] ?? '';
        expect(src, `${path.basename(file)} loads ${src}`).not.toMatch(/^(?:https?:)?\/\//i);
      }
      expect(html, path.basename(file)).not.toMatch(/\son[a-z]+\s*=/i);
      expect(html, path.basename(file)).not.toMatch(/javascript:/i);
    }
  });
});

describe('the policy at work in Chromium', () => {
  let session: KiosqueSession;

  beforeAll(async () => {
    session = await launchKiosque({ build: 'e2e' });
  });

  afterAll(async () => {
    await session?.close();
  });

  it('refuses an inline script and an inline handler injected into the reader page', async () => {
    const reader = await session.context.newPage();
    await reader.goto(`chrome-extension://${session.extensionId}/reader.html`);
    const outcome = await reader.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective));
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true;';
      document.body.append(script);
      const img = document.createElement('img');
      img.setAttribute('onerror', 'window.__handlerRan = true;');
      img.src = 'data:image/png;base64,broken';
      document.body.append(img);
      const remote = document.createElement('script');
      remote.src = 'https://attacker.test/pwned/remote.js';
      document.body.append(remote);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const w = window as unknown as { __inlineRan?: boolean; __handlerRan?: boolean };
      return { inline: w.__inlineRan === true, handler: w.__handlerRan === true, violations };
    });
    expect(outcome.inline).toBe(false);
    expect(outcome.handler).toBe(false);
    expect(outcome.violations.length).toBeGreaterThanOrEqual(2);
    expect(outcome.violations.every((d) => d.startsWith('script-src'))).toBe(true);
    await reader.close();
  });
});
