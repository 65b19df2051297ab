/** Kysely row types of the imports module. */
import type { Generated } from 'kysely';

export interface ImportJobRow {
  id: string;
  entity: string;
  /** 'insert' | 'update' */
  mode: string;
  file_name: string;
  /** Blob hash of the uploaded file. */
  file_hash: string;
  file_size: number;
  /** 'queued' | 'running' | 'done' | 'failed' */
  status: string;
  total: number;
  processed: number;
  created: number;
  unchanged: number;
  updated: number;
  conflicts: number;
  errors: number;
  /** Blob hash of the masked error report (.xlsx), when any row was reported. */
  report_hash: string | null;
  /** Blob hash of the report showing each row's failing value (users allowed to reveal; audited); null once purged. */
  report_reveal_hash: Generated<string | null>;
  /** When the retention period deleted the uploaded file (and the revealing report). */
  source_purged_at: Generated<string | null>;
  actor_id: string | null;
  /** The starting actor's jurisdiction: who else may see the job. */
  jurisdiction: string;
  province: string;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
  error_message: string | null;
}

export interface ImportTables {
  import_jobs: ImportJobRow;
}
