/**
 * What a byline line says about people: "Par Némo Empis | Publié le…" is
 * one author, "By Jane Doe and John Roe" two, "AP National Political Writer"
 * and "NGO, Organization" none. Prefixes ("By", "Par", "Von", "Por") and
 * trailing dates are removed, co-authors split, agencies, job titles,
 * credentials, URLs and dates rejected.
 */
import { capitaliseWords, textPattern } from '../latin-text';
import { lowerKeepingOffsets } from './lower-case';
import { MONTH_PATTERN } from './month-names';
import { gated, holdsWord } from './gates';

// BYLINE_PREFIX and TRAILING_DATE hold letter classes: they are matched
// against lower-cased text without the `i` flag (see lower-case.ts), and
// Latin text gets builds without Unicode classes (latin-text.ts).
const BYLINE_PREFIX = textPattern(
  (c) =>
    `^(?:(?:[${c.letter}]+\\s+){0,3}?by|par|écrit\\s+par|publié\\s+par|rédigé\\s+par|texte\\s*:?|von|verfasst\\s+von|autor(?:in)?\\s*:|por|escrito\\s+por|redactado\\s+por|texto\\s*:|from)\\s*:?\\s+`,
);
/** Where the name part of a byline line ends: a separator or the start of a date clause. */
const BYLINE_END =
  /\s+[|·•—–]\s+|\s+-\s+|\s*\b(?:publié|mis à jour|published|updated|posted|publicado|actualizado|veröffentlicht|aktualisiert|am|le|on|el)\s+\d|\s*\b(?:publié|published|publicado|veröffentlicht|updated|mis à jour)\b/i;
/**
 * Co-author separators. Conjunctions only in lower case between spaces (or
 * AND in a shouted byline): "Bruce Y. Lee" has an initial, not a Spanish "y".
 */
const SPLIT = /\s*(?:,|;|&|\s(?:and|AND|et|ET|und|y)\s)\s*/u;
export const NOT_A_PERSON = gated(
  /\b(?:organi[sz]ation|ngo|inc|ltd|llc|gmbh|corp(?:oration)?|company|newsroom|rédaction|redaction|redacción|redaktion|editorial|editors?|staff|team|équipe|agenc(?:y|ies)|admin(?:istrator)?|webmaster|unknown|anonymous|null|undefined|writer|correspondent|reporter|columnist|contributor|journalist|photographer|analyst|producer|press|news|business|insider|media|magazine)\b/i,
  holdsWord(
    (
      'organi ngo inc ltd llc gmbh corp company newsroom rédaction redaction redacción redaktion editor staff team équipe agenc ' +
      'admin webmaster unknown anonymous null undefined writer correspondent reporter columnist contributor journalist ' +
      'photographer analyst producer press news business insider media magazine'
    ).split(' '),
  ),
);
/** An address or a handle rather than a name. */
export const WEB_ADDRESS = gated(/https?:|www\.|\.(?:com|org|net|fr|es|de)\b|@|\//i, holdsWord(['http', '.', '@', '/']));
/** News agencies sign wire copy; they are sources, not authors. */
const AGENCIES = new Set([
  'ap', 'afp', 'reuters', 'efe', 'dpa', 'ansa', 'pti', 'ians', 'xinhua', 'kyodo', 'belga', 'ats', 'europa press',
  'agence france-presse', 'agence france presse', 'associated press', 'the associated press', 'bloomberg',
]);

/** A date glued to the name: "By Nathan Willis March 25, 2015", "Par X 15/09/2020". */
const TRAILING_DATE = textPattern(
  (c) => `\\s+(?:${MONTH_PATTERN}\\.?\\s+\\d|\\d{1,2}(?:er)?\\.?\\s+${MONTH_PATTERN}(?![${c.letter}])|\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4})`,
);

/**
 * What every match of BYLINE_END holds (a separator, a hyphen, a digit or a
 * stamp word) and of TRAILING_DATE (a digit), in lower-cased text. Most
 * bylines ("By Jane Doe") hold none, and these tests cost next to nothing
 * to compile where the two patterns cost a fraction of a millisecond each.
 */
const MAY_END = /[|·•—–\-\d]|publi|updated|veröffentlicht|mis à jour/;
const DIGIT = /\d/;
/** Every BYLINE_PREFIX word holds an ASCII letter: a byline in another script skips its Unicode build. */
const PREFIX_NEEDS = /[a-z]/;

/** A byline line reduced to its names: "Par Némo Empis | Publié le…" → "Némo Empis". */
export function cleanByline(raw: string): string {
  let text = raw.replace(/\s+/g, ' ').trim();
  let lower = lowerKeepingOffsets(text);
  for (const pattern of [MAY_END.test(lower) ? BYLINE_END : null, DIGIT.test(lower) ? TRAILING_DATE(lower) : null]) {
    if (pattern === null) continue;
    const end = pattern.exec(lower);
    if (end !== null) {
      text = text.slice(0, end.index);
      lower = lower.slice(0, end.index);
    }
  }
  // Prefixes can stack ("Texte : par …").
  for (let i = 0; i < 3 && PREFIX_NEEDS.test(lower); i++) {
    const prefix = BYLINE_PREFIX(lower).exec(lower);
    if (prefix === null) break;
    text = text.slice(prefix[0].length);
    lower = lower.slice(prefix[0].length);
  }
  return text.replace(/^[\s,:;|·-]+|[\s,:;|·-]+$/g, '');
}

/** Whether `text` opens like a byline: "By …", "Par …", "Texte : …". */
export function hasBylinePrefix(text: string): boolean {
  const lower = lowerKeepingOffsets(text);
  return PREFIX_NEEDS.test(lower) && BYLINE_PREFIX(lower).test(lower);
}

const LATIN_SCRIPT_LETTER = textPattern((c) => `[${c.latinScript}]`);
const ANY_LETTER = textPattern((c) => `[${c.letter}]`);

/** Whether `name` can be a person's name. */
export function isPlausibleAuthor(name: string, siteName: string | null): boolean {
  if (name.length < 2 || name.length > 60) return false;
  if (AGENCIES.has(name.toLowerCase())) return false;
  // One word: an acronym ("PTI", credentials like "RDN") or a handle ("gto").
  if (!/\s/.test(name) && (name === name.toUpperCase() || name === name.toLowerCase()) && LATIN_SCRIPT_LETTER(name).test(name)) return false;
  if (!ANY_LETTER(name).test(name)) return false;
  if (WEB_ADDRESS.test(name)) return false;
  if (/\d/.test(name)) return false;
  if (name.split(/\s+/).length > 6) return false;
  if (NOT_A_PERSON.test(name)) return false;
  if (siteName !== null && name.toLowerCase() === siteName.toLowerCase()) return false;
  return true;
}

/** "X (avec Y, Z)", "X (with Y)": co-authors in brackets are authors too. */
const WITH_CLAUSE = /\(\s*(?:avec|with|con|mit)\s+([^)]*)\)/gi;

/** "CAIRO —": a wire dateline that Readability took for the byline (its class says "dateline"). */
const DATELINE = textPattern((c) => `^[${c.upper}][${c.upper}\\s,.'’-]*[—–-]\\s*$`);

/** "STEVE PEOPLES" → "Steve Peoples": wire bylines shout, the list should not. */
function calmCapitals(name: string): string {
  if (name !== name.toUpperCase() || !LATIN_SCRIPT_LETTER(name).test(name)) return name;
  return capitaliseWords(name);
}

export function splitAuthors(byline: string, siteName: string | null): string[] {
  const trimmed = byline.trim();
  if (DATELINE(trimmed).test(trimmed)) return [];
  const cleaned = cleanByline(byline).replace(WITH_CLAUSE, ', $1');
  if (siteName !== null && cleaned.toLowerCase() === siteName.toLowerCase()) return [];
  return cleaned
    .split(SPLIT)
    .map((part) => cleanByline(part))
    .filter((name) => isPlausibleAuthor(name, siteName))
    .map(calmCapitals);
}

