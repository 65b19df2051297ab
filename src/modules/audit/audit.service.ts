/**
 * The append-only, keyed, hash-chained audit log. `record` is called inside the caller's
 * transaction, so an audit row exists exactly when the change it describes was committed. Each
 * entry's hash is an HMAC under a key derived from the master key (decision 110); `anchor` states
 * the chain heads for a file kept outside the database and `verify` checks the chains against the
 * latest anchor (decision 111). Reads follow the jurisdiction of the record an entry describes
 * (decision 112).
 */
import type { Selectable, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Deps } from '../deps.js';
import type { Actor } from '../actor.js';
import { beijingMidnightUtc, isoInstant } from '../../core/clock.js';
import { addDays } from '../../core/dates.js';
import { ok, refuse, type Result } from '../../core/result.js';
import * as repo from './audit.repository.js';
import type { AuditRow } from './audit.table.js';
import { chainChecker, KEYED, keyedHash, problem, type ChainHead, type ChainProblem } from './audit.chain.js';
import { ANCHOR_FORMAT, ANCHOR_KEY_LABEL, anchorMac, anchorMacValid, type AnchorLoad, type AuditAnchor } from './audit.anchor.js';

/** The label of the chain key (`Pii.deriveKey`). */
export const CHAIN_KEY_LABEL = 'audit/chain';

export interface AuditInput {
  province: string;
  /**
   * Division code of the record the entry describes (a person's owning locality, an enterprise's
   * address, a designation's code…). Readers outside the national chain see an entry only when
   * it lies in their jurisdiction; without it only national users and that province's users do.
   */
  region?: string | null | undefined;
  action: string;
  entityType: string;
  entityId: string | null;
  /** Changed fields and non-personal values. Personal values must be given as '[changed]'. */
  details?: Record<string, unknown>;
}

export interface AuditEntry {
  id: number;
  province: string;
  region: string | null;
  chainSeq: number;
  at: string;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  details: Record<string, unknown>;
  requestId: string | null;
}

export interface VerifyReport {
  ok: boolean;
  chains: number;
  entries: number;
  problems: ChainProblem[];
  /** The anchor checked: none found, unreadable, or the time it was taken. */
  anchor: { state: 'none' | 'malformed' | 'checked'; file: string | null; at: string | null };
}

function parseDetails(s: string): Record<string, unknown> {
  const v: unknown = JSON.parse(s);
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v)) : {};
}

export function createAuditService(deps: Deps) {
  const { db, clock, pii } = deps;
  const chainKey = pii.deriveKey(CHAIN_KEY_LABEL);
  const anchorKey = pii.deriveKey(ANCHOR_KEY_LABEL);

  /** Recomputes every chain from its first entry. */
  async function verifyChains(): Promise<{ problems: ChainProblem[]; chains: number; entries: number; heads: ChainHead[] }> {
    const heads = await repo.listHeads(db.kysely);
    const problems: ChainProblem[] = [];
    let entries = 0;
    for (const head of heads) {
      const check = chainChecker(chainKey, head);
      for (;;) {
        const page = await repo.chainPage(db.kysely, head.province, check.seq, head.last_seq, 5000);
        if (page.length === 0) break;
        for (const r of page) check.feed(r);
      }
      const done = check.end();
      problems.push(...done.problems);
      entries += done.entries;
    }
    const known = new Set(heads.map((h) => h.province));
    const unseen = (await repo.chainProvinces(db.kysely)).filter((p) => !known.has(p));
    if (unseen.length > 0) {
      // A chain begun while this check ran has its head by now (written with its first entry).
      const headsNow = new Set((await repo.listHeads(db.kysely)).map((h) => h.province));
      for (const province of unseen) if (!headsNow.has(province)) problems.push(problem(province, 0, 'head_missing'));
    }
    return { problems, chains: heads.length, entries, heads };
  }

  /** Checks the chains against an anchor: every anchored entry still there, with the same hash. */
  async function checkAnchor(anchor: AuditAnchor, heads: ChainHead[]): Promise<ChainProblem[]> {
    if (anchor.keyFingerprint !== pii.fingerprint || !anchorMacValid(anchorKey, anchor)) return [problem('*', 0, 'anchor_invalid')];
    const problems: ChainProblem[] = [];
    const current = new Map(heads.map((h) => [h.province, h]));
    for (const a of anchor.heads) {
      const head = current.get(a.province);
      if ((head?.legacy_seq ?? 0) !== a.legacySeq) problems.push(problem(a.province, a.legacySeq, 'anchor_legacy_changed'));
      if (a.seq === 0) continue;
      const hash = await repo.entryHash(db.kysely, a.province, a.seq);
      if (hash === undefined || !head || head.last_seq < a.seq) problems.push(problem(a.province, a.seq, 'anchor_chain_shorter'));
      else if (hash !== a.hash) problems.push(problem(a.province, a.seq, 'anchor_entry_changed'));
    }
    return problems;
  }

  /** The report, and the heads it checked up to (what an anchor may vouch for). */
  async function verifyWithHeads(opts: { anchor?: AnchorLoad } = {}): Promise<{ report: VerifyReport; heads: ChainHead[] }> {
    const chains = await verifyChains();
    const problems = [...chains.problems];
    const load = opts.anchor;
    let anchor: VerifyReport['anchor'] = { state: 'none', file: load?.file ?? null, at: null };
    if (load?.state === 'malformed') {
      problems.push(problem('*', 0, 'anchor_invalid'));
      anchor = { state: 'malformed', file: load.file, at: null };
    } else if (load?.state === 'ok') {
      problems.push(...(await checkAnchor(load.anchor, chains.heads)));
      anchor = { state: 'checked', file: load.file, at: load.anchor.at };
    }
    return { report: { ok: problems.length === 0, chains: chains.chains, entries: chains.entries, problems, anchor }, heads: chains.heads };
  }

  async function verify(opts: { anchor?: AnchorLoad } = {}): Promise<VerifyReport> {
    return (await verifyWithHeads(opts)).report;
  }

  return {
    /** Appends one entry to the province's chain inside the given transaction. */
    async record(trx: Transaction<Database>, actor: Actor, input: AuditInput): Promise<void> {
      const head = await repo.lockHead(trx, db.dialect, input.province);
      const row = {
        province: input.province,
        chain_seq: head.last_seq + 1,
        at: isoInstant(clock.now()),
        actor_id: actor.userId,
        actor_role: actor.role,
        action: input.action,
        entity_type: input.entityType,
        entity_id: input.entityId,
        details: JSON.stringify(input.details ?? {}),
        request_id: actor.requestId,
        region: input.region === undefined || input.region === '' ? null : input.region,
        alg: KEYED,
        prev_hash: head.last_hash,
      };
      await repo.insertEntry(trx, { ...row, hash: keyedHash(chainKey, row) });
    },

    /**
     * Recomputes every chain and reports changed, removed, reordered or unkeyed rows; with an
     * anchor, also every chain rewritten or shortened since it was taken.
     */
    verify,

    /**
     * The current chain heads with their MAC, for a file kept outside the database. Refused when
     * the chains fail verification (against `previous`, the log's latest anchor, when given):
     * anchoring a rewritten chain would vouch for it.
     */
    async anchor(previous?: AnchorLoad): Promise<Result<AuditAnchor>> {
      const { report, heads: checked } = await verifyWithHeads(previous ? { anchor: previous } : {});
      if (!report.ok) {
        const errors = report.problems.map((p) => ({ path: `${p.province}#${p.chainSeq}`, code: p.code, message: p.message }));
        return refuse('audit_chain_broken', { errors });
      }
      // Anchor exactly the heads just verified, not entries written since.
      const heads = checked.map((h) => ({
        province: h.province,
        seq: h.last_seq,
        hash: h.last_hash,
        legacySeq: h.legacy_seq,
      }));
      const body = { format: ANCHOR_FORMAT, at: isoInstant(clock.now()), keyFingerprint: pii.fingerprint, heads } as const;
      return ok({ ...body, heads, mac: anchorMac(anchorKey, body) });
    },

    /** The history of one record, newest first. Callers check the actor may see the record. */
    async history(entityType: string, entityId: string, limit = 200): Promise<AuditEntry[]> {
      const rows = await repo.entityHistory(db.kysely, entityType, entityId, limit);
      return rows.map(toEntry);
    },

    /**
     * Audit search under the records' jurisdiction: the national chain only for national
     * administrators and auditors; everyone else sees the entries whose region is in scope.
     */
    async search(actor: Actor, query: AuditQuery, page: number, pageSize: number): Promise<{ items: AuditEntry[]; total: number }> {
      const { fromDate, toDate, ...rest } = query;
      const filter: repo.AuditFilter = {
        ...rest,
        from: fromDate ? beijingMidnightUtc(fromDate) : undefined,
        to: toDate ? beijingMidnightUtc(addDays(toDate, 1)) : undefined,
      };
      const national = actor.jurisdiction === '';
      const scope: repo.AuditReadScope =
        national && (actor.role === 'admin' || actor.role === 'auditor')
          ? { kind: 'all' }
          : national
            ? { kind: 'provinces' }
            : { kind: 'jurisdiction', jurisdiction: actor.jurisdiction };
      const { rows, total } = await repo.search(db.kysely, scope, filter, pageSize, (page - 1) * pageSize);
      return { items: rows.map(toEntry), total };
    },
  };
}

/** The audit search: the repository's filter, with a Beijing date range (both ends included) in place of instants. */
export type AuditQuery = Omit<repo.AuditFilter, 'from' | 'to'> & { fromDate?: string | undefined; toDate?: string | undefined };

function toEntry(r: Selectable<AuditRow>): AuditEntry {
  return {
    id: r.id,
    province: r.province,
    region: r.region,
    chainSeq: r.chain_seq,
    at: r.at,
    actorId: r.actor_id,
    actorRole: r.actor_role,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    details: parseDetails(r.details),
    requestId: r.request_id,
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
