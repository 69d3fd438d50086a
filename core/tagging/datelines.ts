/**
 * Datelines: the place a story was filed from, written before its first
 * sentence. The surest text signal there is, and one that news agencies and
 * local papers write in a few fixed shapes:
 *   `MADRID (AFP) —`, `PARIS, Texas —`, `MADRID, 12 nov. (EFE).-`,
 *   `Madrid (Reuters) -`, `Heidelberg. Die Stadt…` (German local papers),
 *   `À Madrid, …` / `In London, …` (a lead that opens on the place).
 */

export interface Dateline {
  /** The place words as written. */
  name: string;
  /** Character offset of the end of `name` in the line, to read a `, Texas` qualifier after it. */
  nameEnd: number;
  line: string;
  /** `filed` for agency-style datelines, `lead` for a lead that opens on a place. */
  kind: 'filed' | 'lead';
}

const AGENCIES = 'AFP|AP|Reuters|dpa|DPA|EFE|ANSA|Xinhua|Belga|ATS|Keystone-ATS|Europa Press|Lusa|APA|KNA|epd|Bloomberg|Kyodo|Yonhap|PTI|IANS|UPI';

const SHAPES: Array<{ re: RegExp; kind: Dateline['kind'] }> = [
  // All-capitals place, optional qualifier or date, optional agency, then a dash or colon.
  {
    re: /^([\p{Lu}][\p{Lu}\p{M}.'’ -]{2,40}?)(?=\s*(?:,|\(|[—–-]|:))(?:,\s*[^—–()\n]{1,30}?)?\s*(?:\([^)\n]{1,40}\)\s*)?\.?\s*(?:[—–]|--?|:)\s*/u,
    kind: 'filed',
  },
  // Mixed-case place followed by a news agency in brackets.
  {
    re: new RegExp(`^([\\p{Lu}][\\p{L}\\p{M}'’ .-]{1,40}?)(?:,\\s*[^()\\n]{1,30}?)?\\s*\\((?:${AGENCIES})\\)`, 'u'),
    kind: 'filed',
  },
  // German local papers: `Heidelberg. Die …`, `Mannheim/Heidelberg. …`.
  { re: /^([\p{Lu}][\p{Ll}äöüß]+(?:[- ][\p{Lu}][\p{Ll}äöüß]+)?)(?:\/[\p{L}-]+)?\.\s+\p{Lu}/u, kind: 'filed' },
  // A lead that opens on the place: `À Madrid, …`, `In London, …`, `En Madrid, …`.
  { re: /^(?:À|A|Au|Aux|En|In|Im|Desde|Depuis|Em|Na|No|From)\s+([\p{Lu}][\p{L}\p{M}'’ -]{1,40}?)\s*,/u, kind: 'lead' },
];

/** The first non-empty lines of a text, trimmed: where a dateline can be. */
function openingLines(text: string, count: number): string[] {
  return text
    .slice(0, 2000)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, count);
}

/** Datelines found at the start of the first lines of `text` (candidates; the caller checks the gazetteer). */
export function findDatelines(text: string): Dateline[] {
  const out: Dateline[] = [];
  for (const line of openingLines(text, 3)) {
    for (const { re, kind } of SHAPES) {
      const m = re.exec(line);
      const name = m?.[1]?.trim();
      if (!m || !name) continue;
      const nameStart = m[0].indexOf(m[1] ?? '');
      out.push({ name, nameEnd: nameStart + name.length, line, kind });
      break;
    }
  }
  return out;
}
