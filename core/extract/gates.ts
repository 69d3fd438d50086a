/**
 * Plain tests asked before a costly pattern. The cleanup rules after the
 * parse and the author checks test short texts against patterns of dozens of
 * alternatives, mostly case-insensitive, and every clip runs in a page where none of them has been
 * compiled: compiling one takes V8 a few tenths of a millisecond and some tens
 * of kilobytes, which the garbage collector then sweeps. Most pages hold no
 * text that any of them matches. A gate is a necessary condition read off
 * the pattern (its possible first words, or words every match contains), so
 * the pattern runs, and compiles, only on a text that passes it.
 *
 * A gate must pass every text its pattern matches: then it never changes
 * what a rule removes or a check decides. tests/unit/extract/gates.test.ts
 * generates matches of each gated pattern and checks this.
 */

/** A pattern with a cheaper test that every text it matches passes. */
export interface GatedPattern {
  readonly pattern: RegExp;
  /** False only for texts that `pattern` cannot match. */
  gate(text: string): boolean;
  /** `gate(text) && pattern.test(text)`. */
  test(text: string): boolean;
}

export function gated(pattern: RegExp, gate: (text: string) => boolean): GatedPattern {
  return { pattern, gate, test: (text) => gate(text) && pattern.test(text) };
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * The run of ASCII letters that opens `text`, lower-cased: "Related:" →
 * "related", "Don't miss" → "don", "Artículos" → "art", "À lire" → "" (and
 * so is any text that opens with a digit, a quote or another script).
 */
export function leadingAsciiWord(text: string): string {
  let end = 0;
  while (end < text.length && isAsciiLetter(text.charCodeAt(end))) end++;
  return text.slice(0, end).toLowerCase();
}

/**
 * For a pattern anchored at the start whose alternatives each open with a
 * literal word: `words` are those words' leading ASCII runs, lower-cased. A
 * case-insensitive match's ASCII letters match ASCII letters only, so a text
 * it matches opens with one of these runs, provided no alternative lets an
 * ASCII letter follow its run. `opensOtherwise` covers the alternatives that
 * open with another character (a digit, "À", "р").
 */
export function opensWithWord(words: readonly string[], opensOtherwise?: (text: string) => boolean): (text: string) => boolean {
  const set = new Set(words);
  return (text) => set.has(leadingAsciiWord(text)) || (opensOtherwise !== undefined && opensOtherwise(text));
}

/** Whether the lower-cased text starts with one of `prefixes` (lower case). */
export function startsWithAny(prefixes: readonly string[]): (text: string) => boolean {
  return (text) => {
    const lower = text.slice(0, 40).toLowerCase();
    return prefixes.some((prefix) => lower.startsWith(prefix));
  };
}

/** Whether the text opens with an ASCII digit or with white space (as `\s` and trim() know it). */
export function opensWithDigitOrSpace(text: string): boolean {
  const code = text.charCodeAt(0);
  return (code >= 48 && code <= 57) || (text !== '' && text.charAt(0).trim() === '');
}

/**
 * For a pattern every match of which contains one of `words` (lower case),
 * as written in it. Lower-casing maps the other case of each letter the
 * patterns spell onto it, as their case-insensitive matching does.
 */
export function holdsWord(words: readonly string[]): (text: string) => boolean {
  return (text) => {
    const lower = text.toLowerCase();
    return words.some((word) => lower.includes(word));
  };
}
