import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_RULES, siteRuleFor } from '../../../core/tagging/sites/registry';
import { tagArticle } from '../../../core/tagging/index';
import { fakeInput } from './factory';

const repoRoot = path.resolve(__dirname, '../../..');
const sitesDir = path.join(repoRoot, 'core/tagging/sites');
const fixturesDir = path.join(repoRoot, 'tests/fixtures/tagging/sites');
const INFRASTRUCTURE = new Set(['registry.ts', 'site-rule.ts']);

interface SiteCase {
  url: string;
  section?: string;
  edition: string | null;
  themes: string[];
}

function casesFor(id: string): SiteCase[] {
  return (JSON.parse(readFileSync(path.join(fixturesDir, `${id}.json`), 'utf8')) as { cases: SiteCase[] }).cases;
}

describe('site rule registry', () => {
  const moduleFiles = readdirSync(sitesDir).filter((f) => f.endsWith('.ts') && !INFRASTRUCTURE.has(f));

  it('registers every module in core/tagging/sites/', () => {
    expect(moduleFiles.length).toBeGreaterThanOrEqual(3);
    for (const file of moduleFiles) {
      const source = readFileSync(path.join(sitesDir, file), 'utf8');
      const id = /\bid: '([^']+)'/.exec(source)?.[1];
      expect(id, `${file} declares an id`).toBeDefined();
      expect(SITE_RULES.map((r) => r.id), `${file} is registered`).toContain(id);
    }
    expect(SITE_RULES).toHaveLength(moduleFiles.length);
  });

  it('has unique ids and hosts', () => {
    const ids = SITE_RULES.map((r) => r.id);
    const hosts = SITE_RULES.flatMap((r) => r.hosts);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(hosts).size).toBe(hosts.length);
  });

  for (const rule of SITE_RULES) {
    describe(rule.id, () => {
      it('has a fixture with at least one case', () => {
        expect(existsSync(path.join(fixturesDir, `${rule.id}.json`))).toBe(true);
        expect(casesFor(rule.id).length).toBeGreaterThan(0);
      });

      it('tags every fixture case as labelled', () => {
        for (const c of casesFor(rule.id)) {
          const url = new URL(c.url);
          expect(siteRuleFor(url)?.id, c.url).toBe(rule.id);
          const meta = { section: c.section ?? null, keywords: [], lang: null };
          expect(rule.edition(url, meta), c.url).toBe(c.edition);
          expect(rule.theme(url, meta), c.url).toEqual(c.themes);
          const tags = tagArticle(fakeInput({ url: c.url, canonicalUrl: c.url, section: c.section ?? null }));
          if (c.edition) expect(tags.edition).toMatchObject({ id: c.edition, source: 'site' });
          for (const theme of c.themes) expect(tags.themes.find((t) => t.id === theme)?.source, `${c.url} ${theme}`).toBe('site');
        }
      });
    });
  }

  it('matches sub-domains but not look-alike hosts', () => {
    expect(siteRuleFor(new URL('https://m.lepetitjournal.com/madrid'))?.id).toBe('lepetitjournal');
    expect(siteRuleFor(new URL('https://notlepetitjournal.com/madrid'))).toBeUndefined();
    expect(siteRuleFor(new URL('https://thelocal.com/x'))).toBeUndefined();
  });
});
