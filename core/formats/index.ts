/** Public surface of the export / import formats. */
export type {
  ArticleSource, Collection, ExportOptions, Highlight, ImportFailure, ImportFormat, ImportReport, ImportResult,
  ImportSteps, ImportedItem, LibraryArticle, Steps,
} from './types';
export { IMPORT_FORMATS } from './types';
export type { DomEnv } from './dom-env';
export { IMPORT_LIMITS } from './limits';
export { exportKiosqueJson, importKiosqueJson, KIOSQUE_JSON_VERSION } from './kiosque-json';
export { readSavedSearch, type SavedSearch } from './kiosque-json-searches';
export { exportMarkdownZip, articleToMarkdown } from './markdown-zip';
export { exportHtmlFile } from './html-file';
export { exportEpub } from './epub';
export { exportCsv, CSV_COLUMNS } from './csv-export';
export { exportNetscape } from './netscape-export';
export { exportAtom } from './atom';
export { detectFormat } from './detect';
export { importFile, importFileSteps, importPocketParts, importPocketPartsSteps, type ImportOptions, type ImportInput } from './import-file';
export { runImportSteps } from './steps';
export { mergeImported, mergeCollections, type MergePlan, type ExistingArticle, type ArticlePatch } from './merge';
export { collectString, collectBytes } from './collect';
