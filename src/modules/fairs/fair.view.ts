/** Fairs, participations and registrations as they leave the module. */
import type { PayPeriod } from '../jobs/index.js';
import type { FairKind, FairPhase, RegistrationChannel, TargetGroup } from './fair.js';
import { phaseOn } from './fair.js';
import type { JobFairRegistrationRow, JobFairRow } from './fairs.table.js';

export interface FairView {
  id: string;
  region: string;
  name: string;
  kind: FairKind;
  startsOn: string;
  endsOn: string;
  hours: string;
  venueCode: string | null;
  venueAddress: string | null;
  targetGroups: TargetGroup[];
  capacity: number;
  registered: number;
  phase: FairPhase;
  /** True when the caller organises it (may manage it). */
  manageable: boolean;
}

export interface FairPostingView {
  id: string;
  title: string;
  workCode: string;
  payMinFen: number;
  payMaxFen: number;
  payPeriod: PayPeriod;
  headcount: number;
  open: boolean;
}

export interface FairEmployerView {
  enterpriseId: string;
  name: string;
  status: 'applied' | 'joined';
  booth: string | null;
  postings: FairPostingView[];
}

export interface FairDetail extends FairView {
  employers: FairEmployerView[];
  /** The caller's own registration (a worker) or participation (an employer), if any. */
  myRegistration: RegistrationView | null;
  myParticipation: 'applied' | 'joined' | null;
}

export interface RegistrationView {
  id: string;
  fairId: string;
  fairName?: string;
  startsOn?: string;
  personId: string;
  personName?: string;
  code: string;
  channel: RegistrationChannel;
  registeredAt: string;
  checkedInAt: string | null;
}

export interface FairCounts {
  registered: number;
  checkedIn: number;
  onlineVisitors: number;
  employers: number;
  postings: number;
  applications: number;
  hires: number;
}

export function toFairView(r: JobFairRow, today: string, manageable: boolean): FairView {
  return {
    id: r.id,
    region: r.region,
    name: r.name,
    kind: r.kind as FairKind,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    hours: r.hours,
    venueCode: r.venue_code,
    venueAddress: r.venue_address,
    targetGroups: JSON.parse(r.target_groups) as TargetGroup[],
    capacity: Number(r.capacity),
    registered: Number(r.registered),
    phase: phaseOn({ startsOn: r.starts_on, endsOn: r.ends_on }, today),
    manageable,
  };
}

export function toRegistrationView(r: JobFairRegistrationRow, extra: Partial<RegistrationView> = {}): RegistrationView {
  return {
    id: r.id,
    fairId: r.fair_id,
    personId: r.person_id,
    code: r.code,
    channel: r.channel as RegistrationChannel,
    registeredAt: r.registered_at,
    checkedInAt: r.checked_in_at,
    ...extra,
  };
}
