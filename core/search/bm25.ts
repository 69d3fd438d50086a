/**
 * BM25 with the usual constants. Field boosts are already folded into the
 * term frequency (see FIELD_WEIGHTS), which is the BM25F shortcut for one
 * shared length normalisation.
 */
const K1 = 1.2;
const B = 0.75;

export function bm25(tf: number, df: number, docCount: number, docLength: number, avgLength: number): number {
  // With deleted documents still counted in df (until compaction) df can
  // exceed docCount; the idf must stay positive so a match never lowers a score.
  const idf = Math.log(1 + Math.max(docCount - df, 0) / (df + 0.5)) + 1e-6;
  const norm = avgLength > 0 ? 1 - B + (B * docLength) / avgLength : 1;
  return (idf * tf * (K1 + 1)) / (tf + K1 * norm);
}
