import type { CleanupRule } from './rule';
import { all } from './dom';

/** The blockquotes social networks' embed codes leave before their script runs (and in a saved page, it never has). */
const EMBED = 'blockquote.twitter-tweet, blockquote.instagram-media, blockquote.tiktok-embed, blockquote.bluesky-embed, blockquote.mastodon-embed, blockquote.threads-post';

/**
 * Posts an article embeds ("a whole lot of people on Twitter pointed it
 * out", then the tweets) are part of what it says. Their quote sits in a
 * wrapper div that is nearly all links and no commas, which Readability's
 * conditional cleaning drops whole; lifted out of wrappers that hold nothing
 * else, the quote is a plain blockquote, which that cleaning leaves alone.
 * The sanitiser later drops the embed's script, as any other.
 */
export const embeddedPosts: CleanupRule = {
  id: 'embedded-posts',
  stage: 'before',
  apply(root) {
    for (const quote of all(root, EMBED)) {
      let wrapper = quote.parentElement;
      while (wrapper !== null && wrapper !== root && wrapper.tagName === 'DIV' && onlyHolds(wrapper, quote)) {
        wrapper.replaceWith(quote);
        wrapper = quote.parentElement;
      }
    }
  },
};

/** True when `wrapper` holds `quote` and, besides it, only scripts and white space. */
function onlyHolds(wrapper: Element, quote: Element): boolean {
  for (const node of Array.from(wrapper.childNodes)) {
    if (node === quote) continue;
    if (node.nodeType === 3 && (node.textContent ?? '').trim() === '') continue;
    if (node.nodeType === 8) continue;
    if (node.nodeType === 1 && (node as Element).tagName === 'SCRIPT') continue;
    return false;
  }
  return true;
}
