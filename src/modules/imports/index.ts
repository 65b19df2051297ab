/**
 * The imports module's face: the streamed, exactly-once import engine, the importer contract each
 * registry module implements, jobs with reports, retention of sources, and the CLI's file import.
 */
export type {
  BulkLoad,
  ImportColumn,
  ImportEntity,
  ImportMode,
  ImportParser,
  ImportParserContext,
  Importer,
  ParseResult,
  RowOutcome,
} from './importer.js';
export { createImportService, importBlobDir, type ImportService, type Importers } from './import.service.js';
export { reportFileFor, runFileImport } from './import-file.js';
export { purgeExpiredImportSources } from './import-retention.js';
export type { ImportJob, JobStatus } from './import-job.js';
export { restoreDeferredIndexes } from './bulk-indexes.js';
export { openRows, fileKindOf, type FileKind } from './read-rows.js';
export { missingHeaderMessage } from './headers.js';
