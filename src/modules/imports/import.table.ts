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
  /** 'queued' | 'running' | 'done' | 'failed' | 'interrupted' */
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
  /** The process running the job (runner id) while it holds the lease. */
  lease_owner: Generated<string | null>;
  /** Until when the lease holds; the process renews it while it runs (decision 150). */
  lease_expires_at: Generated<string | null>;
  /** When an officer dismissed an interrupted or failed job. */
  dismissed_at: Generated<string | null>;
}

export interface ImportTables {
  import_jobs: ImportJobRow;
}
