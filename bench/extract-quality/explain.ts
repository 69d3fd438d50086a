/**
 * Describes a per-page loss in words: which truth text Kiosque dropped that
 * plain Readability kept, or which extra text it added, with a sample.
 */
import { shingles, tokenize } from '../aeb-metric';

function firstRun(tokens: readonly string[], keep: (i: number) => boolean): string {
  let start = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (keep(i) && start < 0) start = i;
    if (!keep(i) && start >= 0) break;
  }
  return start < 0 ? '' : tokens.slice(start, start + 8).join(' ');
}

export function explainLoss(truth: string, plain: string, kiosque: string): string {
  const t = shingles(tokenize(truth));
  const kTokens = tokenize(kiosque);
  const pTokens = tokenize(plain);
  const k = shingles(kTokens);
  const p = shingles(pTokens);
  const key = (xs: readonly string[], i: number): string => xs.slice(i, i + 4).join('\u0000');
  // Truth 4-grams that plain Readability found and Kiosque did not.
  let dropped = 0;
  for (const [s] of t) if (p.has(s) && !k.has(s)) dropped++;
  // Non-truth 4-grams Kiosque added that plain Readability did not have.
  let added = 0;
  for (const [s] of k) if (!t.has(s) && !p.has(s)) added++;
  if (dropped >= added) {
    const sample = firstRun(pTokens, (i) => t.has(key(pTokens, i)) && !k.has(key(pTokens, i)));
    return `dropped ${dropped} article 4-grams, e.g. "${sample}"`;
  }
  const sample = firstRun(kTokens, (i) => !t.has(key(kTokens, i)) && !p.has(key(kTokens, i)));
  return `added ${added} non-article 4-grams, e.g. "${sample}"`;
}
