/**
 * Stem-ish terms for the learned model: folded words of five letters or more,
 * cut to seven letters so that `élections`, `electoral` and `elecciones`
 * share a term. Crude on purpose: it is language-agnostic, needs no
 * dictionary, and only has to make similar articles look similar.
 */
import { fold, words } from './text-fold';

/** Long function words that would otherwise dominate every vector. */
const FUNCTION_WORDS = new Set(
  (
    'about after again against being before between could during every first other their there these ' +
    'those through under until where which while would should people years still since also ' +
    'alors apres aussi autre avant avec cette comme depuis elles encore entre leurs notre nous ' +
    'plus pour quand quel quelle sans selon sont toujours tous tout toute toutes tres votre ' +
    'ahora antes aunque cada como contra desde donde entre esta este esto estos hasta luego mientras ' +
    'mismo mucho otros para pero porque puede sobre solo tambien tiene todos ' +
    'aber auch dass denn diese dieser dieses durch einem einen einer eines haben hatte immer ' +
    'jetzt kann nach nicht noch oder schon sein seine sich sind ueber unter viele wenn werden wird wurde zwischen'
  ).split(' '),
);

const STEM_LENGTH = 7;

export function termsOf(text: string): string[] {
  const out: string[] = [];
  for (const w of words(fold(text))) {
    if (w.length < 5 || FUNCTION_WORDS.has(w) || /^\d+$/.test(w)) continue;
    out.push(w.slice(0, STEM_LENGTH));
  }
  return out;
}

/** Term → weight (1 + ln tf), keeping the `limit` heaviest, L2-normalised. */
export function termVector(text: string, limit = 80): Record<string, number> {
  const counts = new Map<string, number>();
  for (const t of termsOf(text)) counts.set(t, (counts.get(t) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit);
  const weighted = top.map(([t, c]) => [t, 1 + Math.log(c)] as const);
  const norm = Math.sqrt(weighted.reduce((s, [, w]) => s + w * w, 0)) || 1;
  const vector: Record<string, number> = {};
  for (const [t, w] of weighted) vector[t] = w / norm;
  return vector;
}
