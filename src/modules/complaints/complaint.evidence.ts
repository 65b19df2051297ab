/**
 * Evidence files of a complaint (pay slips, attendance records, chats): the same encrypted blob store
 * and the same checks as claim evidence (PDF, JPEG or PNG by their bytes, at most 10 MB); every
 * viewing is audited like a reveal. Parties and officers of the jurisdiction may add and view them.
 */
import type { Readable } from 'node:stream';
import type { Actor } from '../actor.js';
import type { BlobStore } from '../blobs/index.js';
import { EVIDENCE_MAX_BYTES, sniffEvidenceType } from '../benefits/index.js';
import { isoInstant } from '../../core/clock.js';
import { newId } from '../../core/ids.js';
import { ok, refuse, type Result } from '../../core/result.js';
import { handleRefusal } from './complaint.policy.js';
import * as repo from './complaint.repository.js';
import type { ComplaintContext } from './complaint.context.js';
import type { ComplaintView } from './complaint.view.js';

export function createComplaintEvidence(ctx: ComplaintContext, blobs: BlobStore) {
  const { db, clock } = ctx.deps;
  const { uow } = ctx.kernel;

  return {
    async add(actor: Actor, id: string, file: { name: string; data: Buffer }): Promise<Result<ComplaintView>> {
      const found = await ctx.readable(actor, id);
      if (!found.ok || actor.userId === null) return refuse('out_of_jurisdiction');
      const row = found.value.row;
      // Parties add their own files; of the staff who read it, only the handling officers (not reviewers or auditors).
      if (actor.role !== 'worker' && handleRefusal(actor, row)) return refuse('forbidden');
      if (file.data.length > EVIDENCE_MAX_BYTES)
        return refuse('payload_too_large', { zh: '证据材料不能超过10MB', en: 'Evidence files are limited to 10 MB' });
      const type = sniffEvidenceType(file.data);
      if (type === null)
        return refuse('unsupported_media_type', { zh: '证据材料只能是PDF、JPEG或PNG文件', en: 'Evidence must be a PDF, JPEG or PNG file' });
      const blob = await blobs.put(file.data);
      const evidenceId = newId();
      const at = isoInstant(clock.now());
      const written = await uow.write(actor, async (w) => {
        await repo.insertEvidence(w.trx, {
          id: evidenceId,
          complaint_id: id,
          blob_hash: blob.hash,
          file_name: file.name.slice(0, 200),
          content_type: type,
          size: blob.size,
          uploaded_by: actor.userId ?? '',
          uploaded_at: at,
        });
        await repo.insertEvent(w.trx, {
          id: newId(),
          complaint_id: id,
          kind: 'evidence_added',
          note: file.name.slice(0, 200),
          amount_fen: null,
          at,
          by_user: actor.userId,
        });
        await w.audit({
          province: row.province,
          region: row.region,
          action: 'complaint.evidence_added',
          entityType: 'complaint',
          entityId: id,
          details: { number: row.number, evidenceId, contentType: type, size: blob.size, blob: blob.hash },
        });
        return ok(true);
      });
      if (!written.ok) return written;
      const [view] = await ctx.views(actor, [row], true);
      return view ? ok(view) : refuse('not_found');
    },

    async file(
      actor: Actor,
      id: string,
      evidenceId: string,
    ): Promise<Result<{ stream: Readable; contentType: string; fileName: string; size: number }>> {
      const found = await ctx.readable(actor, id);
      if (!found.ok) return found;
      const row = found.value.row;
      const item = (await repo.evidenceOf(db.kysely, id)).find(
        // A worker of a group opens only the files they uploaded (decision 146): others' pay slips stay theirs.
        (e) => e.id === evidenceId && (actor.role !== 'worker' || e.uploaded_by === actor.userId),
      );
      const stream = item ? await blobs.get(item.blob_hash) : null;
      if (!item || !stream) return refuse('not_found');
      const audited = await uow.write(actor, async (w) => {
        await w.audit({
          province: row.province,
          region: row.region,
          action: 'complaint.evidence_viewed',
          entityType: 'complaint',
          entityId: id,
          details: { number: row.number, evidenceId },
        });
        return ok(true);
      });
      if (!audited.ok) return audited;
      return ok({ stream, contentType: item.content_type, fileName: item.file_name, size: Number(item.size) });
    },
  };
}
