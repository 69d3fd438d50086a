/**
 * When the extractor script started running. Imported first by
 * entrypoints/extract.ts: modules run in import order, so this is read
 * before the extractor's own modules set themselves up (DOMPurify builds its
 * default instance as it loads), and the time the script reports covers
 * that set-up as well as the extraction.
 */
export const scriptStartedAt = performance.now();
