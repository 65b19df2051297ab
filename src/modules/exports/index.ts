/** The exports module's face: masked, streamed spreadsheet exports of every staff list, audited. */
export { createExportService, type ExportService, type ExportSources } from './export.service.js';
export { beijingTime, placeText } from './labels.js';
export { streamSheet, type SheetColumn } from './sheet-export.js';
