/**
 * Every site-family rule. Adding a site is one file in this folder, one line
 * here and one fixture in tests/fixtures/tagging/sites/ (the registry test
 * checks all three agree).
 */
import { expatica } from './expatica';
import { lepetitjournal } from './lepetitjournal';
import type { SiteRule } from './site-rule';
import { hostMatches } from './site-rule';
import { theLocal } from './the-local';

export const SITE_RULES: readonly SiteRule[] = [lepetitjournal, theLocal, expatica];

export function siteRuleFor(url: URL): SiteRule | undefined {
  return SITE_RULES.find((rule) => hostMatches(url.hostname, rule.hosts));
}
