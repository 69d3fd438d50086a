/**
 * The article-extraction-benchmark score (see ../shared/corpora/README.md,
 * "The metric"): bags of word 4-grams compared per page, each page's counts
 * normalised so that long and short pages weigh the same, then corpus
 * precision and recall as means of the per-page values.
 */

const TOKEN = /[\p{L}\p{N}_]+/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Word 4-grams as a multiset; 1–3 tokens give one shingle of all of them. */
export function shingles(tokens: readonly string[], size = 4): Map<string, number> {
  const bag = new Map<string, number>();
  if (tokens.length === 0) return bag;
  // A separator no token can contain, so that distinct n-grams never collide.
  const key = (from: number, to: number): string => tokens.slice(from, to).join('\u0000');
  if (tokens.length < size) {
    bag.set(key(0, tokens.length), 1);
    return bag;
  }
  for (let i = 0; i + size <= tokens.length; i++) {
    const k = key(i, i + size);
    bag.set(k, (bag.get(k) ?? 0) + 1);
  }
  return bag;
}

export interface PageScore {
  /** Normalised so that tp + fp + fn = 1 (all zero when both texts are empty). */
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  /** The prediction had at least one token (counts towards corpus precision). */
  predicted: boolean;
  /** Token sequences are identical. */
  exact: boolean;
}

export function scorePage(truth: string, prediction: string): PageScore {
  const truthTokens = tokenize(truth);
  const predTokens = tokenize(prediction);
  const t = shingles(truthTokens);
  const p = shingles(predTokens);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, n] of p) {
    const m = t.get(k) ?? 0;
    tp += Math.min(n, m);
    fp += Math.max(0, n - m);
  }
  for (const [k, m] of t) fn += Math.max(0, m - (p.get(k) ?? 0));
  const sum = tp + fp + fn;
  if (sum > 0) {
    tp /= sum;
    fp /= sum;
    fn /= sum;
  }
  // With nothing on either side wrong, the page is perfect (README step 4).
  const precision = fp === 0 ? 1 : tp / (tp + fp);
  const recall = fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const exact =
    truthTokens.length === predTokens.length && truthTokens.every((tok, i) => tok === predTokens[i]);
  return { tp, fp, fn, precision, recall, f1, predicted: predTokens.length > 0, exact };
}

export interface CorpusScore {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  pages: number;
}

/** Corpus P over pages with a prediction, R over all pages, F1 of the two means. */
export function scoreCorpus(pages: readonly PageScore[]): CorpusScore {
  const predicted = pages.filter((p) => p.predicted);
  const mean = (xs: readonly number[]): number => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
  const precision = mean(predicted.map((p) => p.precision));
  const recall = mean(pages.map((p) => p.recall));
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const accuracy = pages.length === 0 ? 0 : pages.filter((p) => p.exact).length / pages.length;
  return { precision, recall, f1, accuracy, pages: pages.length };
}
