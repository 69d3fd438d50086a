/**
 * BM25 with the usual constants. Field boosts are already folded into the
 * term frequency (see FIELD_WEIGHTS), which is the BM25F shortcut for one
 * shared length normalisation. Split in two so the index computes the idf
 * once per term, not once per posting; `bm25` is their product, so the scan
 * and the index produce bit-identical scores.
 */
const K1 = 1.2;
const B = 0.75;

export function idf(df: number, docCount: number): number {
  // With deleted documents still counted in df (until compaction) df can
  // exceed docCount; the idf must stay positive so a match never lowers a score.
  return Math.log(1 + Math.max(docCount - df, 0) / (df + 0.5)) + 1e-6;
}

export function tfPart(tf: number, docLength: number, avgLength: number): number {
  const norm = avgLength > 0 ? 1 - B + (B * docLength) / avgLength : 1;
  return (tf * (K1 + 1)) / (tf + K1 * norm);
}

export function bm25(tf: number, df: number, docCount: number, docLength: number, avgLength: number): number {
  return idf(df, docCount) * tfPart(tf, docLength, avgLength);
}
