import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLEANUP_RULES } from '../../../core/extract/cleanup/index';
import { PAGES_DIR, extractText, loadPage, occurrences } from './pipeline';

const ruleSlugs = readdirSync(PAGES_DIR).filter((slug) => slug.startsWith('rule-'));

describe('cleanup rule registry', () => {
  it('has unique kebab-case ids', () => {
    const ids = CLEANUP_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('has exactly one fixture folder per rule', () => {
    expect(ruleSlugs.sort()).toEqual(CLEANUP_RULES.map((r) => `rule-${r.id}`).sort());
  });
});

describe.each(CLEANUP_RULES.map((r) => [r.id, r] as const))('rule %s on its fixture', (id, rule) => {
  const { html, spec } = loadPage(`rule-${id}`);
  const withAll = extractText(html, spec.url, CLEANUP_RULES);
  const withoutIt = extractText(
    html,
    spec.url,
    CLEANUP_RULES.filter((r) => r !== rule),
  );

  it('keeps the article text', () => {
    for (const passage of spec.textIncludes) expect(withAll).toContain(passage);
  });

  it('removes the boilerplate', () => {
    for (const passage of spec.textExcludes) expect(withAll).not.toContain(passage);
    for (const passage of spec.textIncludes) expect(occurrences(withAll, passage)).toBe(1);
  });

  it('is what makes the difference: without it the boilerplate (or a repeat) is back, or the kept text is lost', () => {
    const leaked = spec.textExcludes.some((p) => withoutIt.includes(p));
    const repeated = spec.textIncludes.some((p) => occurrences(withoutIt, p) > 1);
    // A rule that keeps something (embedded posts) makes its difference by what is lost without it.
    const lost = spec.textIncludes.some((p) => !withoutIt.includes(p));
    expect(leaked || repeated || lost).toBe(true);
  });
});

describe('lepetitjournal.com templates', () => {
  const slugs = readdirSync(PAGES_DIR).filter((slug) => slug.startsWith('lepetitjournal-'));

  it.each(slugs.filter((s) => loadPage(s).spec.textIncludes.length > 0))('%s gives only the article body', (slug) => {
    const { html, spec } = loadPage(slug);
    const text = extractText(html, spec.url, CLEANUP_RULES);
    for (const passage of spec.textIncludes) expect(text).toContain(passage);
    for (const passage of [...spec.textExcludes, 'Commentaire (s)', 'Réagir', "Ma Vie d'Expat"]) {
      expect(text).not.toContain(passage);
    }
  });
});
