/** The exports module's face: masked, streamed spreadsheet exports of the registry, audited. */
export { createExportService, type ExportService } from './export.service.js';
