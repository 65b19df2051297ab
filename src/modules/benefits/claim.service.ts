/**
 * Claims: submit (worker for self, officer for a worker in jurisdiction, officer or employer for an
 * employer's 以工代训), change facts (the decision is re-run), attach evidence, read and list, and
 * move a merged-away record's open claims to the survivor. Each write is one transaction with its
 * audit row. Review and payment steps live in review.service.ts. People and enterprises are read
 * through ports (people-port.ts).
 */
import type { Readable } from 'node:stream';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import type { AuditService } from '../audit/index.js';
import type { BlobStore } from '../blobs/index.js';
import { provinceOf, type Actor } from '../actor.js';
import { inScope } from '../../db/scope.js';
import type { AuditInput } from '../audit/index.js';
import { can } from '../accounts/index.js';
import { businessDate, isoInstant } from '../../core/clock.js';
import { newId } from '../../core/ids.js';
import { fieldError, ok, refuse, RefusalError, catchRefusal, type Refusal, type Result } from '../../core/result.js';
import { isFacts, validateFacts, type Decision, type Facts } from '../../policy/index.js';
import { mergeFamily, mergedAway, type BenefitsPorts } from './people-port.js';
import { mayReadClaim } from './benefits.policy.js';
import { factsEditable, openStatuses, statusForLevel, type Claim, type ClaimChannel, type ReviewLevel } from './claim.js';
import { claimOf, evidenceOf, reviewOf } from './claim.codec.js';
import { sniffEvidenceType, EVIDENCE_MAX_BYTES } from './evidence.js';
import * as repo from './claim.repository.js';
import * as pay from './payment.repository.js';

export interface SubmitClaim {
  programId: string;
  personId?: string | undefined;
  enterpriseId?: string | undefined;
  facts: Record<string, unknown>;
  asOf?: string | undefined;
}

export interface ClaimQuery {
  status?: string | undefined;
  level?: ReviewLevel | undefined;
  programId?: string | undefined;
  page: number;
  pageSize: number;
}

/** What a merge hands to the benefits module inside its own transaction (the kernel's unit of work). */
export interface MergeWork {
  readonly trx: Transaction<Database>;
  audit(input: AuditInput): Promise<void>;
}

export function createClaimService(deps: Deps, audit: AuditService, blobs: BlobStore, ports: BenefitsPorts) {
  const { db, clock } = deps;
  const { policy, people, enterprises } = ports;

  async function load(id: string): Promise<Claim | null> {
    const row = await repo.findClaim(db.kysely, id);
    if (!row) return null;
    const [reviews, evidence] = await Promise.all([repo.reviewsOf(db.kysely, id), repo.evidenceOf(db.kysely, id)]);
    return claimOf(row, reviews.map(reviewOf), evidence.map(evidenceOf));
  }

  /** The engine's decision for a person, with registry facts and what the ledger already paid. */
  async function decideFor(
    personId: string,
    programId: string,
    claimFacts: Facts,
    asOf: string,
  ): Promise<Result<{ facts: Facts; decision: Decision }>> {
    const merged = await policy.factsForPerson(personId, asOf, claimFacts);
    if (!merged.ok) return merged;
    const facts: Facts = { ...merged.value };
    // What was already paid comes from the ledger, never from the claimant: over the person and every
    // record merged into them (decision 108).
    if (programId === 'entrepreneurship-subsidy')
      facts.startupPaidFen = await pay.paidInEffect(db.kysely, await mergeFamily(people, personId), programId);
    const decision = await policy.decide(programId, facts, asOf);
    return decision.ok ? ok({ facts, decision: decision.value }) : decision;
  }

  function checkFacts(input: Record<string, unknown>): Result<Facts> {
    if (isFacts(input)) return ok(input);
    return refuse('policy_facts_invalid', { errors: validateFacts(input) });
  }

  /** The merged-away refusal naming the survivor (the caller has already shown the actor may see the record). */
  async function merged(personId: string): Promise<{ ok: false; reason: Refusal }> {
    return mergedAway((await people.survivorOf(personId)) ?? personId);
  }

  /**
   * Who the claim is for, where it is handled and through which channel; or a refusal. An officer
   * claims only for a person in their jurisdiction (and names only an enterprise in it); an employer
   * only for a person employed by their enterprise today (decision 107). "Unknown" and "not yours"
   * are one refusal, decided before anything of the person is read into an answer.
   */
  async function placeOf(
    actor: Actor,
    input: SubmitClaim,
  ): Promise<Result<{ personId: string; enterpriseId: string | null; region: string; channel: ClaimChannel }>> {
    if (actor.role === 'worker') {
      if (actor.personId === null)
        return refuse('forbidden', { zh: '请先绑定登记信息', en: 'Bind your account to your registry record first' });
      if (input.personId !== undefined && input.personId !== actor.personId) return refuse('forbidden');
      const person = await people.summary(actor.personId);
      if (!person) return refuse('not_found');
      if (person.mergedInto !== null) return merged(person.id);
      return ok({ personId: person.id, enterpriseId: null, region: person.hukouCode, channel: 'worker' });
    }
    if (!can(actor, 'claims.submit') || input.personId === undefined) {
      return input.personId === undefined
        ? refuse('validation_failed', { errors: [fieldError('/personId', 'validation_failed')] })
        : refuse('forbidden');
    }
    const notYours = refuse('out_of_jurisdiction');
    const person = await people.summary(input.personId);
    if (!person) return notYours;
    if (actor.role === 'employer') {
      const enterpriseId = actor.enterpriseId;
      if (enterpriseId === null || !(await people.employedAt(person.id, enterpriseId, businessDate(clock.now())))) return notYours;
      const address = await enterprises.addressOf(enterpriseId);
      if (address === null) return notYours;
      if (person.mergedInto !== null) return merged(person.id);
      return ok({ personId: person.id, enterpriseId, region: address, channel: 'employer' });
    }
    if (!inScope(actor.jurisdiction, person.codes)) return notYours;
    if (person.mergedInto !== null) return merged(person.id);
    if (input.enterpriseId !== undefined) {
      const address = await enterprises.addressOf(input.enterpriseId);
      if (address === null || !inScope(actor.jurisdiction, [address])) return notYours;
      return ok({ personId: person.id, enterpriseId: input.enterpriseId, region: address, channel: 'officer' });
    }
    const region = person.codes.find((c): c is string => typeof c === 'string' && inScope(actor.jurisdiction, [c])) ?? person.hukouCode;
    return ok({ personId: person.id, enterpriseId: null, region, channel: 'officer' });
  }

  return {
    load,

    /**
     * Inside a merge's transaction: the duplicate's open claims (not yet approved, or refused and
     * still open to reconsideration) move to the survivor, each audited; approved, paid and finally
     * refused claims stay with the record their ledger rows name (decision 108).
     */
    async moveOpenClaims(w: MergeWork, merge: { duplicateId: string; survivorId: string }): Promise<number> {
      const at = isoInstant(clock.now());
      const open = await repo.claimsOfPerson(w.trx, merge.duplicateId, openStatuses);
      for (const c of open) {
        if (!(await repo.reassignClaim(w.trx, c.id, { personId: merge.duplicateId, version: Number(c.version) }, merge.survivorId, at))) {
          throw new RefusalError(refuse('claim_state_changed').reason);
        }
        await w.audit({
          province: c.province,
          region: c.region,
          action: 'claim.moved_to_survivor',
          entityType: 'claim',
          entityId: c.id,
          details: { from: merge.duplicateId, to: merge.survivorId },
        });
      }
      return open.length;
    },

    /** Lodges a claim; the decision (with ruleset version and parameter snapshot) is attached now. */
    async submit(actor: Actor, input: SubmitClaim): Promise<Result<Claim>> {
      if (actor.userId === null) return refuse('forbidden');
      const place = await placeOf(actor, input);
      if (!place.ok) return place;
      const given = checkFacts(input.facts);
      if (!given.ok) return given;
      const asOf = actor.role !== 'worker' && input.asOf !== undefined ? input.asOf : businessDate(clock.now());
      const decided = await decideFor(place.value.personId, input.programId, given.value, asOf);
      if (!decided.ok) return decided;
      const id = newId();
      const at = isoInstant(clock.now());
      const province = provinceOf(place.value.region);
      await db.kysely.transaction().execute(async (trx) => {
        await repo.insertClaim(trx, {
          id,
          province,
          region: place.value.region,
          program_id: input.programId,
          person_id: place.value.personId,
          enterprise_id: place.value.enterpriseId,
          submitted_by: actor.userId ?? '',
          channel: place.value.channel,
          status: 'submitted',
          as_of: asOf,
          facts: JSON.stringify(given.value),
          decision: JSON.stringify(decided.value.decision),
          version: 1,
          created_at: at,
          updated_at: at,
          reconsideration_until: null,
        });
        await audit.record(trx, actor, {
          province,
          region: place.value.region,
          action: 'claim.submitted',
          entityType: 'claim',
          entityId: id,
          details: {
            programId: input.programId,
            channel: place.value.channel,
            eligible: decided.value.decision.eligible,
            amountFen: decided.value.decision.amountFen,
            rulesetVersion: decided.value.decision.rulesetVersion,
          },
        });
      });
      const claim = await load(id);
      return claim ? ok(claim) : refuse('internal');
    },

    /** Replaces the claim facts and re-runs the decision (only before review, or during reconsideration). */
    async updateFacts(actor: Actor, id: string, input: { facts: Record<string, unknown>; version: number }): Promise<Result<Claim>> {
      const claim = await load(id);
      if (!claim || !mayReadClaim(actor, claim)) return refuse('out_of_jurisdiction');
      if (actor.role !== 'worker' && actor.userId !== claim.submittedBy && !can(actor, 'claims.submit')) return refuse('forbidden');
      if (!factsEditable(claim.status)) return refuse('claim_facts_locked');
      if (claim.version !== input.version) return refuse('version_conflict');
      const given = checkFacts(input.facts);
      if (!given.ok) return given;
      const decided = await decideFor(claim.personId, claim.programId, given.value, claim.asOf);
      if (!decided.ok) return decided;
      const at = isoInstant(clock.now());
      const written = await catchRefusal(() =>
        db.kysely.transaction().execute(async (trx) => {
          const moved = await repo.moveClaim(
            trx,
            id,
            { status: claim.status, version: claim.version },
            { facts: JSON.stringify(given.value), decision: JSON.stringify(decided.value.decision), updated_at: at },
          );
          if (!moved) throw new RefusalError(refuse('version_conflict').reason);
          await audit.record(trx, actor, {
            province: claim.province,
            region: claim.region,
            action: 'claim.facts_changed',
            entityType: 'claim',
            entityId: id,
            details: { facts: '[changed]', eligible: decided.value.decision.eligible, amountFen: decided.value.decision.amountFen },
          });
        }),
      );
      if (!written.ok) return written;
      const fresh = await load(id);
      return fresh ? ok(fresh) : refuse('internal');
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
      await db.kysely.transaction().execute(async (trx) => {
        await repo.insertEvidence(trx, {
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
        await audit.record(trx, actor, {
          province: claim.province,
          region: claim.region,
          action: 'claim.evidence_added',
          entityType: 'claim',
          entityId: id,
          details: { evidenceId, contentType: type, size: blob.size, blob: blob.hash },
        });
      });
      const fresh = await load(id);
      return fresh ? ok(fresh) : refuse('internal');
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
      await db.kysely.transaction().execute(async (trx) => {
        await audit.record(trx, actor, {
          province: claim.province,
          region: claim.region,
          action: 'claim.evidence_viewed',
          entityType: 'claim',
          entityId: id,
          details: { evidenceId },
        });
      });
      return ok({ stream, contentType: item.contentType, fileName: item.fileName, size: item.size });
    },

    /** One claim with its full decision, reviews and evidence. */
    async get(actor: Actor, id: string): Promise<Result<Claim>> {
      const claim = await load(id);
      return claim && mayReadClaim(actor, claim) ? ok(claim) : refuse('out_of_jurisdiction');
    },

    /** The queue: claims in the actor's jurisdiction, by level (the status it waits in) or status and program. */
    async list(actor: Actor, q: ClaimQuery): Promise<Result<{ items: Claim[]; total: number }>> {
      if (!can(actor, 'claims.review') && !can(actor, 'claims.submit') && !can(actor, 'payments.manage')) return refuse('forbidden');
      if (actor.role === 'worker' || actor.role === 'employer') return refuse('forbidden');
      const status = q.level !== undefined ? statusForLevel(q.level) : q.status;
      const { rows, total } = await repo.listClaims(
        db.kysely,
        { scope: actor.jurisdiction, status, programId: q.programId },
        q.pageSize,
        (q.page - 1) * q.pageSize,
      );
      return ok({ items: rows.map((r) => claimOf(r, [], [])), total });
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
