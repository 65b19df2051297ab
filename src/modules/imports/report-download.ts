/**
 * Serving an import's error report (report.ts writes two versions): the masked one to anyone who
 * may see the job; the one showing each row's failing value only to an actor allowed to reveal
 * personal data (people.reveal), with an audit entry for every download.
 */
import type { Readable } from 'node:stream';
import type { Selectable } from 'kysely';
import type { Actor } from '../actor.js';
import type { UnitOfWork } from '../kernel/index.js';
import { can } from '../accounts/index.js';
import { ok, refuse, type Result } from '../../core/result.js';
import type { ImportJobRow } from './import.table.js';

const NO_REPORT = { zh: '该导入没有错误报告', en: 'This import has no error report' };

/** The report of a job the actor may see (the caller has checked), masked unless `reveal`. */
export async function reportDownload(
  ctx: { uow: UnitOfWork; getBlob: (hash: string) => Promise<Readable | null> },
  actor: Actor,
  row: Selectable<ImportJobRow>,
  reveal: boolean,
): Promise<Result<{ fileName: string; stream: Readable }>> {
  const fileName = `${row.file_name.replace(/\.(xlsx|csv)$/i, '')}.errors.xlsx`;
  if (!reveal) {
    const stream = row.report_hash ? await ctx.getBlob(row.report_hash) : null;
    if (stream) return ok({ fileName, stream });
    if (row.report_reveal_hash) {
      return refuse('not_found', {
        zh: '该错误报告生成于脱敏之前，只能以查看明文方式下载',
        en: 'This report predates masking: it can only be downloaded revealed',
      });
    }
    return refuse('not_found', NO_REPORT);
  }
  if (!can(actor, 'people.reveal'))
    return refuse('forbidden', { zh: '您无权查看个人信息明文', en: 'You may not see personal data in clear' });
  const hash = row.report_reveal_hash;
  if (!hash) {
    return refuse('not_found', {
      zh: '没有可显示明文的错误报告（可能已超过保存期限）',
      en: 'No revealing error report (it may have passed its retention period)',
    });
  }
  const stream = await ctx.getBlob(hash);
  if (!stream) return refuse('not_found', NO_REPORT);
  const audited = await ctx.uow.write(actor, async (w) => {
    await w.audit({
      province: row.province,
      region: row.jurisdiction || null,
      action: 'import.report_revealed',
      entityType: 'import_job',
      entityId: row.id,
      details: { report: hash },
    });
    return ok(true);
  });
  if (!audited.ok) stream.destroy();
  return audited.ok ? ok({ fileName, stream }) : audited;
}
