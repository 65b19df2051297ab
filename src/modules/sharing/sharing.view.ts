/** What callers see of listings and agreements (ids, names and codes; no ID numbers, no phones). */
import { divisionName } from '../regions/index.js';
import type { AgreementStatus, ConsentStatus, ListingSide, ListingStatus, Party } from './sharing.js';
import { agreementStatuses, consentStatuses, listingSides, listingStatuses, parties } from './sharing.js';
import type { SharingAgreementRow, SharingListingRow, SharingWorkerRow } from './sharing.table.js';
import type { ListingFacts, Proposal } from './sharing.match.js';

function member<T extends string>(list: readonly T[], s: string): T {
  const found = list.find((x) => x === s);
  if (found === undefined) throw new Error(`unexpected value ${s}`);
  return found;
}

export interface ListingView {
  id: string;
  side: ListingSide;
  enterpriseId: string;
  enterpriseName: string;
  region: string;
  headcount: number;
  occupationCodes: string[];
  skills: string;
  startDate: string;
  endDate: string;
  placeCode: string;
  placeName: string;
  address: string;
  wageFen: number | null;
  status: ListingStatus;
  version: number;
  createdAt: string;
}

export function listingView(r: SharingListingRow, enterpriseName: string): ListingView {
  return {
    id: r.id,
    side: member(listingSides, r.side),
    enterpriseId: r.enterprise_id,
    enterpriseName,
    region: r.region,
    headcount: r.headcount,
    occupationCodes: r.occupation_codes.split(',').filter(Boolean),
    skills: r.skills,
    startDate: r.start_date,
    endDate: r.end_date,
    placeCode: r.place_code,
    placeName: divisionName(r.place_code) ?? r.place_code,
    address: r.address,
    wageFen: r.wage_fen === null ? null : Number(r.wage_fen),
    status: member(listingStatuses, r.status),
    version: r.version,
    createdAt: r.created_at,
  };
}

export function factsOf(r: SharingListingRow): ListingFacts {
  return {
    id: r.id,
    enterpriseId: r.enterprise_id,
    headcount: r.headcount,
    occupationCodes: r.occupation_codes.split(',').filter(Boolean),
    startDate: r.start_date,
    endDate: r.end_date,
    placeCode: r.place_code,
  };
}

export interface ProposalView extends Proposal {
  offer: ListingView;
  request: ListingView;
}

export interface SharedWorkerView {
  personId: string;
  name: string;
  consent: ConsentStatus;
  answeredAt: string | null;
  /** True while the agreement is active and the worker consented: they are lent today. */
  lent: boolean;
}

export interface AgreementView {
  id: string;
  lenderId: string;
  lenderName: string;
  borrowerId: string;
  borrowerName: string;
  offerId: string | null;
  requestId: string | null;
  startDate: string;
  endDate: string;
  placeCode: string;
  placeName: string;
  address: string;
  occupationCode: string;
  wageFen: number;
  wagePayer: Party;
  injuryInsurer: Party;
  status: AgreementStatus;
  activatedOn: string | null;
  endedOn: string | null;
  version: number;
  createdAt: string;
  workers: SharedWorkerView[];
}

export function agreementView(
  r: SharingAgreementRow,
  firms: { lender: string; borrower: string },
  workers: readonly SharingWorkerRow[],
  names: ReadonlyMap<string, string>,
): AgreementView {
  const status = member(agreementStatuses, r.status);
  return {
    id: r.id,
    lenderId: r.lender_id,
    lenderName: firms.lender,
    borrowerId: r.borrower_id,
    borrowerName: firms.borrower,
    offerId: r.offer_id,
    requestId: r.request_id,
    startDate: r.start_date,
    endDate: r.end_date,
    placeCode: r.place_code,
    placeName: divisionName(r.place_code) ?? r.place_code,
    address: r.address,
    occupationCode: r.occupation_code,
    wageFen: Number(r.wage_fen),
    wagePayer: member(parties, r.wage_payer),
    injuryInsurer: member(parties, r.injury_insurer),
    status,
    activatedOn: r.activated_on,
    endedOn: r.ended_on,
    version: r.version,
    createdAt: r.created_at,
    workers: workers.map((w) => {
      const consent = member(consentStatuses, w.consent);
      return {
        personId: w.person_id,
        name: names.get(w.person_id) ?? '',
        consent,
        answeredAt: w.answered_at,
        lent: status === 'active' && consent === 'consented',
      };
    }),
  };
}
