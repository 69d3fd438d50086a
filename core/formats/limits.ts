/**
 * Size caps for imports. An import file is read whole into memory, so these
 * bound what one file can cost; they sit well above real exports (a
 * 20,000-item Pocket CSV is about 3 MB, a large Omnivore zip about 100 MB
 * uncompressed).
 */
export const IMPORT_LIMITS = {
  /** Bytes of the file as picked by the reader. */
  maxFileBytes: 64 * 1024 * 1024,
  /**
   * Kiosque's own JSON backup carries every article body (10,000 articles
   * come to about 110 MB), so it gets a larger cap than other services'
   * exports; it stays under V8's ~512 MB string limit.
   */
  maxBackupBytes: 400 * 1024 * 1024,
  /** Sum of every zip entry once inflated. */
  maxUncompressedBytes: 256 * 1024 * 1024,
  /** One inflated zip entry. */
  maxEntryBytes: 64 * 1024 * 1024,
  maxZipEntries: 20_000,
  /** Above this inflated/compressed ratio an entry is treated as a bomb (text compresses ~10x). */
  maxCompressionRatio: 200,
  maxItems: 200_000,
};
export type ImportLimits = typeof IMPORT_LIMITS;
