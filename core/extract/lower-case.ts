/**
 * Lower case that keeps every offset: match positions found in the result
 * are valid in the original. "İ" (U+0130) is the one letter whose lower case
 * takes two code units ("i̇"); it becomes a plain "i" first.
 *
 * Why lower-case at all: a pattern with both the `i` and `u` flags makes V8
 * case-fold every Unicode class and literal when it compiles the pattern,
 * which costs milliseconds per pattern on every page the extractor runs in
 * (each page is a fresh renderer with cold caches). Matching lower-cased
 * text with `u` alone gives the same matches for a fraction of that.
 */
export function lowerKeepingOffsets(text: string): string {
  return text.replace(/\u0130/g, 'i').toLowerCase();
}

/**
 * Calls `each` for every match of the global pattern `re` in `text`. The
 * pattern is reused rather than cloned, as matchAll would do on every call,
 * so it is compiled once per page.
 */
export function eachMatch(re: RegExp, text: string, each: (match: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0] === '') re.lastIndex++;
    each(m);
  }
  re.lastIndex = 0;
}
