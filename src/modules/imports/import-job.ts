/** The import job as services return it (rows never leave the module). */
import type { Selectable } from 'kysely';
import type { ImportJobRow } from './import.table.js';
import type { ImportEntity, ImportMode } from './importer.js';

export const jobStatuses = ['queued', 'running', 'done', 'failed', 'interrupted'] as const;
export type JobStatus = (typeof jobStatuses)[number];

export interface ImportJob {
  id: string;
  entity: ImportEntity;
  mode: ImportMode;
  fileName: string;
  fileHash: string;
  fileSize: number;
  status: JobStatus;
  total: number;
  processed: number;
  created: number;
  unchanged: number;
  updated: number;
  conflicts: number;
  errors: number;
  /** True when an error report (.xlsx) can be downloaded. */
  hasReport: boolean;
  /** When the uploaded file was deleted at the end of its retention period. */
  sourcePurgedAt: string | null;
  actorId: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  errorMessage: string | null;
  /** When an officer dismissed this interrupted or failed job. */
  dismissedAt: string | null;
}

function isStatus(s: string): s is JobStatus {
  return (jobStatuses as readonly string[]).includes(s);
}

/** Maps a stored row to the view. */
export function jobOf(r: Selectable<ImportJobRow>): ImportJob {
  return {
    id: r.id,
    entity: r.entity === 'enterprises' ? 'enterprises' : 'people',
    mode: r.mode === 'update' ? 'update' : 'insert',
    fileName: r.file_name,
    fileHash: r.file_hash,
    fileSize: Number(r.file_size),
    status: isStatus(r.status) ? r.status : 'failed',
    total: r.total,
    processed: r.processed,
    created: r.created,
    unchanged: r.unchanged,
    updated: r.updated,
    conflicts: r.conflicts,
    errors: r.errors,
    hasReport: r.report_hash !== null || r.report_reveal_hash !== null,
    sourcePurgedAt: r.source_purged_at,
    actorId: r.actor_id,
    createdAt: r.created_at,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    errorMessage: r.error_message,
    dismissedAt: r.dismissed_at,
  };
}
