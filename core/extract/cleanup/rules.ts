/** Registry of generic cleanup rules, in the order they run. */
import type { CleanupRule } from './rule';
import { navigationMenus } from './navigation-menus';
import { cookieConsent } from './cookie-consent';
import { shareBars } from './share-bars';
import { imageCredits } from './image-credits';
import { galleryChrome } from './gallery-chrome';
import { duplicateBlocks } from './duplicate-blocks';
import { bylinesDatelines } from './bylines-datelines';
import { newsletterPrompts } from './newsletter-prompts';
import { relatedTeasers } from './related-teasers';
import { commentCounters } from './comment-counters';
import { authorBio } from './author-bio';
import { adLabels } from './ad-labels';
import { copyrightNotices } from './copyright-notices';
import { embeddedPosts } from './embedded-posts';
import { screenReaderText } from './screen-reader-text';

export const CLEANUP_RULES: readonly CleanupRule[] = [
  navigationMenus,
  cookieConsent,
  authorBio,
  embeddedPosts,
  screenReaderText,
  // After Readability: the more specific rules first, so the broad ones see less.
  relatedTeasers,
  newsletterPrompts,
  shareBars,
  commentCounters,
  adLabels,
  copyrightNotices,
  galleryChrome,
  imageCredits,
  bylinesDatelines,
  duplicateBlocks,
];

export const BEFORE_PARSE_RULES = CLEANUP_RULES.filter((r) => r.stage === 'before');
export const AFTER_PARSE_RULES = CLEANUP_RULES.filter((r) => r.stage === 'after');
