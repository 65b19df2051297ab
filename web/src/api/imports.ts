/** Calls of the imports module (src/http/routes/imports.ts). */
import { api, request, requestBlob, saveBlob } from './client';
import type { ImportEntity, ImportJob, ImportMode, Paged } from './types';

export const importEntities: readonly ImportEntity[] = ['people', 'enterprises'];
export const importModes: readonly ImportMode[] = ['insert', 'update'];

/** Uploads a file; the server answers 202 with the queued job. */
export function uploadImport(entity: ImportEntity, mode: ImportMode, file: File): Promise<ImportJob> {
  const form = new FormData();
  form.append('file', file, file.name);
  return request<ImportJob>('POST', `/imports/${entity}`, { form, query: { mode } });
}

export const getImport = (id: string) => api.get<ImportJob>(`/imports/${id}`);
export const listImports = (page: number, pageSize: number) => api.get<Paged<ImportJob>>('/imports', { page, pageSize });
/** Marks an interrupted or failed job dealt with (audited). */
export const dismissImport = (id: string) => api.post<ImportJob>(`/imports/${id}/dismiss`);

/** True for a job that asks for attention: interrupted or failed, and not dismissed. */
export function needsAttention(job: ImportJob): boolean {
  return (job.status === 'interrupted' || job.status === 'failed') && job.dismissedAt === null;
}

/** Downloads the template of an entity and saves it. */
export async function downloadTemplate(entity: ImportEntity, format: 'xlsx' | 'csv'): Promise<void> {
  const { blob, fileName } = await requestBlob(`/imports/templates/${entity}`, { format });
  saveBlob(blob, fileName ?? `wugong-${entity}-template.${format}`);
}

/** Downloads the error report of a job and saves it. */
export async function downloadReport(job: ImportJob): Promise<void> {
  const { blob, fileName } = await requestBlob(`/imports/${job.id}/report`);
  saveBlob(blob, fileName ?? `${job.fileName}.errors.xlsx`);
}

/** True while the job may still change (poll it). */
export function isActive(job: ImportJob | undefined): boolean {
  return job !== undefined && (job.status === 'queued' || job.status === 'running');
}
