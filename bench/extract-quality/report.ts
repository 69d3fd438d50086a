/** Prints the benchmark tables. */
import { scoreCorpus, type PageScore } from '../aeb-metric';
import { percentile } from './stats';

export interface PageRun {
  id: string;
  url: string;
  baseline: PageScore;
  kiosque: PageScore;
  baselineMs: number;
  kiosqueMs: number;
  /** Node mode: clone + cleanup hooks + Readability + text, without metadata and sanitiser. */
  hooksMs?: number;
  /** Why Kiosque lost on this page, filled by the explainer for losses > 0.05. */
  note?: string;
}

const f3 = (x: number): string => x.toFixed(3);

export function printQuality(runs: readonly PageRun[], kiosqueLabel: string, baselineLabel: string): void {
  const rows: [string, ReturnType<typeof scoreCorpus>][] = [
    [baselineLabel, scoreCorpus(runs.map((r) => r.baseline))],
    [kiosqueLabel, scoreCorpus(runs.map((r) => r.kiosque))],
  ];
  console.log(`\n| setup | F1 | P | R | accuracy | pages |\n|---|---|---|---|---|---|`);
  for (const [label, s] of rows) {
    console.log(`| ${label} | ${f3(s.f1)} | ${f3(s.precision)} | ${f3(s.recall)} | ${f3(s.accuracy)} | ${s.pages} |`);
  }
}

export function printLosses(runs: readonly PageRun[]): void {
  const worse = runs
    .map((r) => ({ r, delta: r.kiosque.f1 - r.baseline.f1 }))
    .filter((x) => x.delta < -1e-9)
    .sort((a, b) => a.delta - b.delta);
  const better = runs.filter((r) => r.kiosque.f1 - r.baseline.f1 > 1e-9).length;
  console.log(`\nPages better: ${better}, worse: ${worse.length}, same: ${runs.length - better - worse.length}`);
  if (worse.length === 0) return;
  console.log(`\n| page | url | plain F1 | Kiosque F1 | delta | explanation |\n|---|---|---|---|---|---|`);
  for (const { r, delta } of worse) {
    const note = delta < -0.05 ? (r.note ?? 'unexplained') : '';
    console.log(`| ${r.id.slice(0, 8)} | ${r.url.slice(0, 70)} | ${f3(r.baseline.f1)} | ${f3(r.kiosque.f1)} | ${f3(delta)} | ${note} |`);
  }
}

export function printTiming(runs: readonly PageRun[], where: string): void {
  // Pages that could not be clipped have no time; they are reported as failures instead.
  const b = runs.map((r) => r.baselineMs).filter(Number.isFinite);
  const k = runs.map((r) => r.kiosqueMs).filter(Number.isFinite);
  const row = (label: string, xs: number[]): string =>
    `| ${label} | ${percentile(xs, 50).toFixed(1)} | ${percentile(xs, 95).toFixed(1)} | ${Math.max(...xs).toFixed(1)} |`;
  console.log(`\nExtraction time per page (${where}, ms)\n| setup | p50 | p95 | max |\n|---|---|---|---|`);
  console.log(row('plain Readability', b));
  console.log(row('Kiosque (extractArticle)', k));
  const h = runs.map((r) => r.hooksMs ?? NaN).filter(Number.isFinite);
  if (h.length > 0) console.log(row('Readability + cleanup hooks', h));
  const ratio = (p: number): string => (percentile(k, p) / percentile(b, p)).toFixed(2);
  console.log(`Ratio Kiosque / plain: p50 ${ratio(50)}x, p95 ${ratio(95)}x`);
  if (h.length > 0) {
    const hr = (p: number): string => (percentile(h, p) / percentile(b, p)).toFixed(2);
    console.log(`Ratio Readability + cleanup hooks / plain: p50 ${hr(50)}x, p95 ${hr(95)}x`);
  }
}

export interface FieldAgreement {
  field: string;
  compared: number;
  baseline: number;
  kiosque: number | null;
}

export function printMetadata(rows: readonly FieldAgreement[], kiosqueLabel: string): void {
  console.log(`\nMetadata agreement on readability-pages\n| field | compared | plain Readability | ${kiosqueLabel} |\n|---|---|---|---|`);
  for (const r of rows) {
    console.log(`| ${r.field} | ${r.compared} | ${r.baseline}/${r.compared} | ${r.kiosque === null ? 'n/a' : `${r.kiosque}/${r.compared}`} |`);
  }
}
