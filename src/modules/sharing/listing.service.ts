/**
 * Offers of surplus staff and requests for staff (用工余缺调剂, O61-1.3): recorded by the firm or by an
 * officer for it, listed by reach, closed by the firm, and paired into proposals with reasons.
 */
import type { Deps } from '../deps.js';
import { provinceOf, type Actor } from '../actor.js';
import { businessDate, isoInstant } from '../../core/clock.js';
import { newId } from '../../core/ids.js';
import { ok, refuse, type Result } from '../../core/result.js';
import * as repo from './sharing.repository.js';
import { listingWorkflow, type ListingInput, type ListingStatus } from './sharing.js';
import { firmRefusal, listingReadRefusal, reachOf } from './sharing.policy.js';
import { listingErrors } from './sharing.validate.js';
import { propose } from './sharing.match.js';
import { factsOf, listingView, type ListingView, type ProposalView } from './sharing.view.js';
import type { SharingListingRow } from './sharing.table.js';
import type { SharingPorts } from './sharing.ports.js';
import { firmNames, wageRefusal } from './sharing.shared.js';

/** How many open listings of each side a proposal run reads at most. */
const POOL = 500;

export function createListingService(deps: Deps, ports: SharingPorts) {
  const { db, clock } = deps;
  const today = () => businessDate(clock.now());

  async function views(rows: readonly SharingListingRow[]): Promise<ListingView[]> {
    const names = await firmNames(
      ports,
      rows.map((r) => r.enterprise_id),
    );
    return rows.map((r) => listingView(r, names.get(r.enterprise_id) ?? ''));
  }

  return {
    /** Records an offer or a request for the actor's firm (an officer names the firm). */
    async create(actor: Actor, input: ListingInput): Promise<Result<ListingView>> {
      const firmId = actor.role === 'employer' ? actor.enterpriseId : (input.enterpriseId ?? null);
      if (!firmId) return refuse('sharing_invalid');
      const firm = await ports.enterprise(firmId);
      if (!firm) return refuse('out_of_jurisdiction');
      const refused = firmRefusal(actor, firm);
      if (refused) return { ok: false, reason: refused };
      const errors = listingErrors(input, today());
      if (errors.length > 0) return refuse('sharing_invalid', { errors });
      if (input.side === 'request' && input.wageFen != null) {
        const low = await wageRefusal(ports, input.wageFen, input.placeCode, input.startDate);
        if (low) return low;
      }
      const now = isoInstant(clock.now());
      const row: SharingListingRow = {
        id: newId(),
        side: input.side,
        enterprise_id: firm.id,
        province: provinceOf(firm.addressCode),
        region: firm.addressCode,
        headcount: input.headcount,
        occupation_codes: input.occupationCodes.join(','),
        skills: input.skills.trim(),
        start_date: input.startDate,
        end_date: input.endDate,
        place_code: input.placeCode,
        address: input.address.trim(),
        wage_fen: input.side === 'request' ? (input.wageFen ?? null) : null,
        status: 'open',
        version: 1,
        created_at: now,
        created_by: actor.userId,
        updated_at: now,
      };
      const done = await ports.uow.write(actor, async (w) => {
        await repo.insertListing(w.trx, row);
        await w.audit({
          province: row.province,
          region: row.region,
          action: row.side === 'offer' ? 'sharing_listing.offer' : 'sharing_listing.request',
          entityType: 'sharing_listing',
          entityId: row.id,
          details: { side: row.side, enterpriseId: firm.id, headcount: row.headcount },
        });
        return ok(row.id);
      });
      if (!done.ok) return done;
      return ok(listingView(row, firm.name));
    },

    async list(
      actor: Actor,
      f: { side?: string | undefined; status?: string | undefined; page: number; pageSize: number },
    ): Promise<Result<ListingView[]>> {
      const reach = reachOf(actor);
      if (!reach || 'personId' in reach) return refuse('forbidden');
      const rows = await repo.listListings(db.kysely, reach, { ...f, limit: f.pageSize, offset: (f.page - 1) * f.pageSize });
      return ok(await views(rows));
    },

    async get(actor: Actor, id: string): Promise<Result<ListingView>> {
      const row = await repo.findListing(db.kysely, id);
      if (!row) return refuse('out_of_jurisdiction');
      const refused = listingReadRefusal(actor, row);
      if (refused) return { ok: false, reason: refused };
      const [v] = await views([row]);
      return v ? ok(v) : refuse('not_found');
    },

    /** Closes an open or matched listing (its firm, or an officer for it). */
    async close(actor: Actor, id: string, version: number): Promise<Result<ListingView>> {
      const row = await repo.findListing(db.kysely, id);
      if (!row) return refuse('out_of_jurisdiction');
      const refused = firmRefusal(actor, { id: row.enterprise_id, addressCode: row.region });
      if (refused) return { ok: false, reason: refused };
      const done = await ports.uow.write(actor, (w) =>
        ports.workflows.transition(w, listingWorkflow, {
          id,
          from: row.status as ListingStatus,
          event: 'close',
          expectedVersion: version,
          province: row.province,
          region: row.region,
        }),
      );
      if (!done.ok) return done;
      return this.get(actor, id);
    },

    /**
     * Pairs of open offers and requests the actor reaches on either side (an employer: its own
     * listings against every other firm's; an officer: pairs with a firm of the jurisdiction), best first.
     */
    async proposals(actor: Actor, limit = 50): Promise<Result<ProposalView[]>> {
      const reach = reachOf(actor);
      if (!reach || 'personId' in reach) return refuse('forbidden');
      const [offers, requests] = await Promise.all([
        repo.openListings(db.kysely, 'offer', POOL),
        repo.openListings(db.kysely, 'request', POOL),
      ]);
      const mine = (r: SharingListingRow) =>
        'enterpriseId' in reach ? r.enterprise_id === reach.enterpriseId : listingReadRefusal(actor, r) === null;
      const byId = new Map([...offers, ...requests].map((r) => [r.id, r]));
      const found = propose(
        offers.map(factsOf),
        requests.map(factsOf),
        (o, r) => {
          const a = byId.get(o.id);
          const b = byId.get(r.id);
          return a !== undefined && b !== undefined && (mine(a) || mine(b));
        },
        limit,
      );
      const used = [...new Set(found.flatMap((p) => [p.offerId, p.requestId]))].flatMap((id) => byId.get(id) ?? []);
      const shown = new Map((await views(used)).map((v) => [v.id, v]));
      return ok(
        found.flatMap((p) => {
          const offer = shown.get(p.offerId);
          const request = shown.get(p.requestId);
          return offer && request ? [{ ...p, offer, request }] : [];
        }),
      );
    },
  };
}
