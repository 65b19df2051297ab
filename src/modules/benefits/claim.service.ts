/**
 * Claims: submit (worker for self, officer for a worker in jurisdiction, officer or employer for an
 * employer's 以工代训), change facts (the decision is re-run), attach evidence, read and list, and
 * move a merged-away record's open claims to the survivor. Each write is one kernel unit of work
 * with its audit entry; a new claim takes its readable number inside it (decision 170). Who and
 * where a claim is for: claim.placing.ts. Review and payment steps: review.service.ts.
 */
import './benefits.permissions.js';
import type { Readable } from 'node:stream';
import type { Deps } from '../deps.js';
import type { BlobStore } from '../blobs/index.js';
import { provinceOf, type Actor } from '../actor.js';
import { can } from '../accounts/index.js';
import { businessDate, isoInstant } from '../../core/clock.js';
import { newId } from '../../core/ids.js';
import { ok, refuse, type Result } from '../../core/result.js';
import type { Numbering, UnitOfWork } from '../kernel/index.js';
import type { BenefitsPorts } from './people-port.js';
import { mayReadClaim } from './benefits.policy.js';
import { factsEditable, statusForLevel, type Claim, type ReviewLevel } from './claim.js';
import { claimOf, evidenceOf, reviewOf } from './claim.codec.js';
import { sniffEvidenceType, EVIDENCE_MAX_BYTES } from './evidence.js';
import { createClaimPlacing, type SubmitClaim } from './claim.placing.js';
import * as repo from './claim.repository.js';
import { claimMergeFollower } from './claim.merge.js';

export type { SubmitClaim } from './claim.placing.js';

export interface ClaimQuery {
  status?: string | undefined;
  level?: ReviewLevel | undefined;
  programId?: string | undefined;
  personId?: string | undefined;
  page: number;
  pageSize: number;
}

export function createClaimService(deps: Deps, uow: UnitOfWork, blobs: BlobStore, ports: BenefitsPorts, numbering: Numbering) {
  const { db, clock } = deps;
  const { people } = ports;
  const placing = createClaimPlacing(deps, ports);

  async function load(id: string): Promise<Claim | null> {
    const row = await repo.findClaim(db.kysely, id);
    if (!row) return null;
    const [reviews, evidence] = await Promise.all([repo.reviewsOf(db.kysely, id), repo.evidenceOf(db.kysely, id)]);
    return claimOf(row, reviews.map(reviewOf), evidence.map(evidenceOf));
  }

  /** Claims with the name and masked ID number of the person each is for (one query for all). */
  async function named(claims: Claim[]): Promise<Claim[]> {
    const payees = await people.payees(claims.map((c) => c.personId));
    return claims.map((c) => {
      const p = payees.get(c.personId);
      return p ? { ...c, person: { name: p.name, idNumberMasked: p.idNumberMasked } } : c;
    });
  }

  async function loadNamed(id: string): Promise<Result<Claim>> {
    const claim = await load(id);
    if (!claim) return refuse('internal');
    const [one] = await named([claim]);
    return one ? ok(one) : refuse('internal');
  }

  return {
    load,

    moveOpenClaims: claimMergeFollower(deps),

    /** Lodges a claim with its readable number; the decision (ruleset version, parameter snapshot) is attached now. */
    async submit(actor: Actor, input: SubmitClaim): Promise<Result<Claim>> {
      if (actor.userId === null) return refuse('forbidden');
      const place = await placing.placeOf(actor, input);
      if (!place.ok) return place;
      const given = placing.checkFacts(input.facts);
      if (!given.ok) return given;
      const today = businessDate(clock.now());
      const asOf = actor.role !== 'worker' && input.asOf !== undefined ? input.asOf : today;
      const decided = await placing.decideFor(place.value.personId, input.programId, given.value, asOf);
      if (!decided.ok) return decided;
      const id = newId();
      const at = isoInstant(clock.now());
      const { region } = place.value;
      const province = provinceOf(region);
      const { decision } = decided.value;
      const written = await uow.write(actor, async (w) => {
        const number = await numbering.allocate(w.trx, { kind: 'claim', region, on: today });
        await repo.insertClaim(w.trx, {
          id,
          number,
          province,
          region,
          program_id: input.programId,
          person_id: place.value.personId,
          enterprise_id: place.value.enterpriseId,
          submitted_by: actor.userId ?? '',
          channel: place.value.channel,
          status: 'submitted',
          as_of: asOf,
          facts: JSON.stringify(given.value),
          decision: JSON.stringify(decision),
          version: 1,
          created_at: at,
          updated_at: at,
          status_since: at,
          reconsideration_until: null,
        });
        await w.audit({
          province,
          region,
          action: 'claim.submitted',
          entityType: 'claim',
          entityId: id,
          details: {
            number,
            programId: input.programId,
            channel: place.value.channel,
            eligible: decision.eligible,
            amountFen: decision.amountFen,
            rulesetVersion: decision.rulesetVersion,
          },
        });
        return ok(number);
      });
      return written.ok ? loadNamed(id) : written;
    },

    /** Replaces the claim facts and re-runs the decision (only before review, or during reconsideration). */
    async updateFacts(actor: Actor, id: string, input: { facts: Record<string, unknown>; version: number }): Promise<Result<Claim>> {
      const claim = await load(id);
      if (!claim || !mayReadClaim(actor, claim)) return refuse('out_of_jurisdiction');
      if (actor.role !== 'worker' && actor.userId !== claim.submittedBy && !can(actor, 'claims.submit')) return refuse('forbidden');
      if (!factsEditable(claim.status)) return refuse('claim_facts_locked');
      if (claim.version !== input.version) return refuse('version_conflict');
      const given = placing.checkFacts(input.facts);
      if (!given.ok) return given;
      const decided = await placing.decideFor(claim.personId, claim.programId, given.value, claim.asOf);
      if (!decided.ok) return decided;
      const at = isoInstant(clock.now());
      const { decision } = decided.value;
      const written = await uow.write(actor, async (w) => {
        const moved = await repo.moveClaim(
          w.trx,
          id,
          { status: claim.status, version: claim.version },
          { facts: JSON.stringify(given.value), decision: JSON.stringify(decision), updated_at: at },
        );
        if (!moved) return refuse('version_conflict');
        await w.audit({
          province: claim.province,
          region: claim.region,
          action: 'claim.facts_changed',
          entityType: 'claim',
          entityId: id,
          details: { number: claim.number, facts: '[changed]', eligible: decision.eligible, amountFen: decision.amountFen },
        });
        return ok(true);
      });
      return written.ok ? loadNamed(id) : written;
    },

    /** Attaches a PDF, JPEG or PNG (checked by its bytes) of at most EVIDENCE_MAX_BYTES. */
    async addEvidence(actor: Actor, id: string, file: { name: string; data: Buffer }): Promise<Result<Claim>> {
      const claim = await load(id);
      if (!claim || !mayReadClaim(actor, claim) || actor.userId === null) return refuse('out_of_jurisdiction');
      if (file.data.length > EVIDENCE_MAX_BYTES)
        return refuse('payload_too_large', { zh: '证明材料不能超过10MB', en: 'Evidence files are limited to 10 MB' });
      const type = sniffEvidenceType(file.data);
      if (type === null)
        return refuse('unsupported_media_type', { zh: '证明材料只能是PDF、JPEG或PNG文件', en: 'Evidence must be a PDF, JPEG or PNG file' });
      const blob = await blobs.put(file.data);
      const evidenceId = newId();
      const written = await uow.write(actor, async (w) => {
        await repo.insertEvidence(w.trx, {
          id: evidenceId,
          province: claim.province,
          claim_id: id,
          blob_hash: blob.hash,
          file_name: file.name.slice(0, 200),
          content_type: type,
          size: blob.size,
          uploaded_by: actor.userId ?? '',
          uploaded_at: isoInstant(clock.now()),
        });
        await w.audit({
          province: claim.province,
          region: claim.region,
          action: 'claim.evidence_added',
          entityType: 'claim',
          entityId: id,
          details: { number: claim.number, evidenceId, contentType: type, size: blob.size, blob: blob.hash },
        });
        return ok(true);
      });
      return written.ok ? loadNamed(id) : written;
    },

    /**
     * One evidence file of a claim the actor may read. Evidence often shows an ID card or a bank
     * book, so every viewing is audited like a reveal.
     */
    async evidenceFile(
      actor: Actor,
      id: string,
      evidenceId: string,
    ): Promise<Result<{ stream: Readable; contentType: string; fileName: string; size: number }>> {
      const claim = await load(id);
      if (!claim || !mayReadClaim(actor, claim)) return refuse('out_of_jurisdiction');
      const item = claim.evidence.find((e) => e.id === evidenceId);
      const stream = item ? await blobs.get(item.blobHash) : null;
      if (!item || !stream) return refuse('not_found');
      const audited = await uow.write(actor, async (w) => {
        await w.audit({
          province: claim.province,
          region: claim.region,
          action: 'claim.evidence_viewed',
          entityType: 'claim',
          entityId: id,
          details: { number: claim.number, evidenceId },
        });
        return ok(true);
      });
      if (!audited.ok) return audited;
      return ok({ stream, contentType: item.contentType, fileName: item.fileName, size: item.size });
    },

    /** One claim with its full decision, reviews and evidence, and the person's name and masked ID number. */
    async get(actor: Actor, id: string): Promise<Result<Claim>> {
      const claim = await load(id);
      if (!claim || !mayReadClaim(actor, claim)) return refuse('out_of_jurisdiction');
      const [one] = await named([claim]);
      return one ? ok(one) : refuse('internal');
    },

    /** The queue: claims in the actor's jurisdiction, by level (the status it waits in), status, program or person. */
    async list(actor: Actor, q: ClaimQuery): Promise<Result<{ items: Claim[]; total: number }>> {
      if (!can(actor, 'claims.review') && !can(actor, 'claims.submit') && !can(actor, 'payments.manage')) return refuse('forbidden');
      if (actor.role === 'worker' || (actor.role === 'employer' && actor.enterpriseId === null)) return refuse('forbidden');
      const status = q.level !== undefined ? statusForLevel(q.level) : q.status;
      // An employer follows the claims lodged for its own enterprise (employer portal, decision 212).
      const own = actor.role === 'employer' ? { scope: '', enterpriseId: actor.enterpriseId ?? undefined } : { scope: actor.jurisdiction };
      const { rows, total } = await repo.listClaims(
        db.kysely,
        { ...own, status, programId: q.programId, personId: q.personId },
        q.pageSize,
        (q.page - 1) * q.pageSize,
      );
      return ok({ items: await named(rows.map((r) => claimOf(r, [], []))), total });
    },

    /** The signed-in worker's own claims, with reviews (so a refusal's reason is shown). */
    async mine(actor: Actor, page: number, pageSize: number): Promise<Result<{ items: Claim[]; total: number }>> {
      if (actor.role !== 'worker' || actor.personId === null) return refuse('not_found');
      const { rows, total } = await repo.listClaims(db.kysely, { scope: '', personId: actor.personId }, pageSize, (page - 1) * pageSize);
      const reviews = await repo.reviewsOfClaims(
        db.kysely,
        rows.map((r) => r.id),
      );
      const items = rows.map((r) => claimOf(r, reviews.filter((v) => v.claim_id === r.id).map(reviewOf), []));
      return ok({ items, total });
    },
  };
}

export type ClaimService = ReturnType<typeof createClaimService>;
