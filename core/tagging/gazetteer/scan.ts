/**
 * Finds gazetteer names in a text. Only capitalised words can start a place
 * name (a proper noun), the longest name wins (`New York` over `York`), and
 * a name glued to another capitalised word is taken as part of a longer
 * proper noun (`Real Madrid`, `Whitney Houston`, `Washington Post`), not a
 * place: precision first.
 */
import { fold } from '../text-fold';
import type { Gazetteer, Place } from './index';

export interface Mention {
  /** Folded name as matched. */
  key: string;
  places: readonly Place[];
  /** Character offset of the match in the scanned text. */
  start: number;
  end: number;
}

class Token {
  private foldedCache: string | null = null;
  constructor(
    readonly raw: string,
    readonly start: number,
    readonly end: number,
  ) {}
  /** Folded lazily: most words never start a name, and folding is the costly part of a scan. */
  get folded(): string {
    this.foldedCache ??= fold(this.raw);
    return this.foldedCache;
  }
}

/** Capitalised words that may sit before a place name without being part of it. */
const CONNECTORS = new Set(
  (
    'in at of from to for near and or the a an on by via with into outside across around ' +
    'a au aux en de du des la le les l d pres vers pour entre et sur dans depuis ' +
    'en de del desde hacia para por y el la los las entre cerca sobre ' +
    'in im aus nach bei von vom zu zum zur und der die das den dem ueber ' +
    'em no na do da dos das para por e entre perto ' +
    'a di da per tra fra il lo la nel nella'
  ).split(' '),
);

/** City names that are also everyday words or first names: only a dateline or explicit context makes them places. */
export const WEAK_NAMES = new Set(
  (
    'salvador phoenix kobe sale aba jos natal kota mesa guadalupe essen aurora florence charlotte austin nice reading ' +
    'armenia van batman serra santos bello soledad surrey laval newport arlington riverside hamilton kingston medina ' +
    'wellington preston columbus cleveland tanda gaya masina takeo guli nangi budta yono aksu xico minato toyota chita ' +
    'perm tula sakai victoria orange mobile split bath lincoln jackson madison independence gaza tripoli cartagena ' +
    'trujillo concepcion santa_ana san_juan la_paz leon cordoba posadas resistencia corrientes'
  )
    .split(' ')
    .map((n) => n.replace(/_/g, ' ')),
);

const isCapitalised = (raw: string) => /^\p{Lu}/u.test(raw);
/** Scripts without letter case: any word may start a name there. */
const isCaseless = (raw: string) => /^[\p{Script=Arabic}\p{Script=Hebrew}]/u.test(raw);

/**
 * Inflectional endings glued to a city name, per language: Romanian's
 * definite article (`Bucureștiul`, `Bucureștiului`), the German genitive
 * (`Berlins`). Tried only when the bare word is not a name.
 */
const NAME_SUFFIXES: Record<string, readonly string[]> = { ro: ['ului', 'lui', 'ul'], de: ['s'] };

export interface ScanOptions {
  /** In a title-cased headline every word is capitalised, so the glued-word check after a name is off. */
  titleCase?: boolean;
  lang?: string | null;
}

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    out.push(new Token(m[0], m.index, m.index + m[0].length));
  }
  return out;
}

/** Only spaces (or a hyphen) between two tokens: they belong to one name. */
function glued(text: string, a: Token, b: Token): boolean {
  return /^[ \u00a0-]$/.test(text.slice(a.end, b.start));
}

/**
 * Every place-name mention in `text`. `titleCase` turns off the glued-word
 * check after a name, since in a title-cased headline every word is capitalised.
 */
export function scanPlaces(gazetteer: Gazetteer, text: string, opts: ScanOptions = {}): Mention[] {
  const titleCase = opts.titleCase ?? false;
  const suffixes = NAME_SUFFIXES[opts.lang ?? ''] ?? [];
  const tokens = tokenize(text);
  const out: Mention[] = [];
  const partOfName = new Set<string>();
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i];
    if (!first || !(isCapitalised(first.raw) || isCaseless(first.raw))) {
      i++;
      continue;
    }
    let matched: { n: number; key: string; places: readonly Place[] } | null = null;
    let key = '';
    for (let n = 1; n <= gazetteer.maxWords && i + n - 1 < tokens.length; n++) {
      const t = tokens[i + n - 1];
      const prevT = tokens[i + n - 2];
      if (!t || (n > 1 && prevT && !/^[ \u00a0'’.,-]{1,3}$/.test(text.slice(prevT.end, t.start)))) break;
      key = n === 1 ? t.folded : `${key} ${t.folded}`;
      const direct = gazetteer.byName.get(key);
      const hit = direct ? { key, places: direct } : n === 1 ? stripSuffix(gazetteer, key, suffixes) : undefined;
      if (hit) matched = { n, ...hit };
    }
    if (!matched) {
      i++;
      continue;
    }
    const last = tokens[i + matched.n - 1];
    const prev = tokens[i - 1];
    const next = tokens[i + matched.n];
    const gluedBefore =
      prev !== undefined && isCapitalised(prev.raw) && glued(text, prev, first) && !CONNECTORS.has(prev.folded);
    const gluedAfter =
      !titleCase && next !== undefined && last !== undefined && isCapitalised(next.raw) && glued(text, last, next) && !CONNECTORS.has(next.folded);
    if (gluedBefore) partOfName.add(matched.key);
    else if (!gluedAfter && last) out.push({ key: matched.key, places: matched.places, start: first.start, end: last.end });
    i += matched.n;
  }
  // Once `Whitney Houston` is seen, a later bare `Houston` is the person, not the city.
  return out.filter((m) => !partOfName.has(m.key));
}

function stripSuffix(
  gazetteer: Gazetteer,
  word: string,
  suffixes: readonly string[],
): { key: string; places: readonly Place[] } | undefined {
  for (const suffix of suffixes) {
    if (word.length > suffix.length + 3 && word.endsWith(suffix)) {
      const key = word.slice(0, -suffix.length);
      const places = gazetteer.byName.get(key);
      if (places) return { key, places };
    }
  }
  return undefined;
}

/** Most words capitalised: a title-cased headline. */
export function isTitleCase(text: string): boolean {
  const long = (text.match(/[\p{L}]{4,}/gu) ?? []);
  if (long.length < 3) return false;
  return long.filter(isCapitalised).length / long.length >= 0.7;
}
