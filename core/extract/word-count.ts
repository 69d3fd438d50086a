/**
 * Words and reading time. Scripts written without spaces (Chinese, Japanese,
 * Thai) count one word per character, and are read at about 500 characters a
 * minute rather than 230 words, so a Japanese article does not come out as
 * "12 words, 1 minute".
 */
import { BEYOND_LATIN } from '../language';
import { countMatches, textPattern } from '../latin-text';

// Every script here lies beyond BEYOND_LATIN's ranges, so most pages skip compiling this pattern.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu;
const WORDS_PER_MINUTE = 230;
const CHARS_PER_MINUTE = 500;

export interface WordCount {
  wordCount: number;
  readingMinutes: number;
}

const WORD = textPattern((c) => `[${c.letter}${c.number}][${c.letter}${c.number}${c.mark}'’_-]*`, 'g');

export function countWords(text: string): WordCount {
  const unspaced = BEYOND_LATIN.test(text) ? countMatches(UNSPACED, text) : 0;
  // Most pages have no unspaced script: no need to copy the text to blank it out.
  const rest = unspaced === 0 ? text : text.replace(UNSPACED, ' ');
  const spaced = countMatches(WORD(rest), rest);
  const wordCount = spaced + unspaced;
  if (wordCount === 0) return { wordCount: 0, readingMinutes: 0 };
  const minutes = spaced / WORDS_PER_MINUTE + unspaced / CHARS_PER_MINUTE;
  return { wordCount, readingMinutes: Math.max(1, Math.round(minutes)) };
}
