/**
 * The world of the authorisation matrix (tests/authz-matrix.test.ts): the roles under test, all
 * at home in 都安 (451228) or its township 安阳镇 (451228100), and two foreign areas full of
 * records: the next county of the same prefecture, 大化 (451229, township 大化镇 451229100), and
 * another township of 都安, 地苏镇 (451228102). Each area holds people with every kind of personal
 * value, an enterprise, claims at every stage (submitted, refused, paid, failed, pending), evidence,
 * a payment batch, an import job with an error report, an officer account with an API token and a
 * priority designation; its `pii` and `ids` are what no answer to a role outside it may contain.
 * Everything is made through the API by the officers of that area, as in real use.
 */
import type { App } from '../../src/http/app.js';
import type { Runtime } from '../../src/runtime.js';
import { makeIdNumber } from '../../src/modules/people/id-number.js';
import { withCheckChar } from '../../src/modules/enterprises/credit-code.js';
import { loadReferenceData } from '../../src/reference.js';
import { ok, send, sheet, signedIn, type Headers } from './http.js';
import { systemActor } from '../../src/modules/actor.js';

export type AreaKey = 'county' | 'township';

export interface Area {
  key: AreaKey;
  /** The area's own county and township codes. */
  county: string;
  township: string;
  /** P1 (with every personal value and history records), P2..P5 (claims), P6 (imported). */
  people: string[];
  /** The personal values of `people`, index for index (what a binding or a search would name). */
  values: Array<{ name: string; idNumber: string; phone: string }>;
  person: string;
  children: { occupations: string; employment: string; insurance: string };
  enterprise: string;
  claims: { submitted: string; refused: string; paid: string; failed: string; pending: string };
  evidence: string;
  entries: { paid: string; failed: string; pending: string };
  batch: string;
  importJob: string;
  /** An import by the nationwide administrator who owns the narrowed API token, with a row of this area (set by buildWorld; until then the area's own job). */
  ownerJob: string;
  officer: { userId: string; token: string };
  /** A worker bound to P1 (through a confirmed request) and a pending request of another worker for P2. */
  binding: { boundUserId: string; pending: string; pendingUserId: string };
  designation: string;
  /** An unemployment registration of P1, kept in the area's township (issue 10). */
  registration: string;
  /** A wage-arrears complaint of P1 against the area's enterprise, its evidence and its legal-aid referral (issue 10). */
  complaint: string;
  complaintEvidence: string;
  referral: string;
  /** An open job posting of the area's enterprise, in its township, and P1's referral to it (issue 9). */
  posting: string;
  application: string;
  /** A rapid-response lay-off at the area's enterprise listing P2, one of its tasks and P2's registration offer (issue 10). */
  rapidResponse: { event: string; task: string; offer: string };
  /** Labour sharing (issue 9.6): the area enterprise's offer, a second area firm's request, and an agreement lending P2, sent for consent. */
  sharing: { offer: string; request: string; agreement: string; borrower: string };
  /** A gig task of the area's enterprise in its township, P1's completed sign-up to it and P1's report on it (issue 9.5). */
  gig: { task: string; signup: string; report: string };
  /** A job fair organised by the area's township office, the area's enterprise invited, P2 registered at the door (issue 9.7). */
  fair: { id: string; registration: string };
  /** Personal values of the area's people: names, ID numbers, phones, bank accounts, birth dates. */
  pii: string[];
  /** Ids of the area's records (people, enterprise, claims, entries, batch, job, evidence, officers, tokens). */
  ids: string[];
}

export interface MatrixRole {
  name: string;
  headers: Headers;
  /** The areas foreign to this role: every record there must be refused to it. */
  foreign: AreaKey[];
  /** The worker's own record, when the role is a worker bound to one. */
  personId?: string;
  /** The division prefix the role reaches ('' nationwide); null for employers and workers (their own records only). */
  scope: string | null;
}

export interface World {
  /** A nationwide administrator, for fixtures and for the control calls. */
  national: Headers;
  roles: MatrixRole[];
  areas: Record<AreaKey, Area>;
  home: { person: string; person2: string; enterprise: string };
}

export const startupFacts = (county: string) => ({
  returnedFromWorkAway: true,
  businessRegion: county,
  firstBusiness: true,
  operatingNormally: true,
  businessLicenceDate: '2026-03-01',
  businessKind: 'individual',
});

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]);
const PEOPLE_CSV_HEADER =
  '姓名,身份证号码,手机号码,户籍地代码,常住地代码,就业地代码,参保地代码,建档立卡,建档立卡起始日期,低保,低保起始日期,文化程度,愿意外出务工,期望月薪(元),技能';

let serial = 0;

/** A valid credit code registered in a county. */
export function creditCode(county: string): string {
  serial++;
  return withCheckChar(`91${county}MA${String(6000 + serial).padStart(7, '0')}`);
}

interface PersonSpec {
  name: string;
  idNumber: string;
  phone: string;
  bankAccount: string;
  birthDate: string;
}

/** A valid ID number of a county that no fixture uses, different for every `n`. */
export function freshIdNumber(county: string, n: number): string {
  const birth = `${1950 + (n % 40)}-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`;
  return makeIdNumber(county, birth, 101 + ((n * 7) % 450) * 2);
}

/** Distinct personal values per area and index: unusual names and dates, so a match in an answer is this person. */
function personSpec(area: AreaKey, county: string, i: number): PersonSpec {
  const names =
    area === 'county'
      ? ['覃外县甲', '覃外县乙', '覃外县丙', '覃外县丁', '覃外县戊', '覃外县己']
      : ['蒙外镇甲', '蒙外镇乙', '蒙外镇丙', '蒙外镇丁', '蒙外镇戊', '蒙外镇己'];
  const base = area === 'county' ? 1971 : 1973;
  const birthDate = `${base + i}-0${(i % 8) + 1}-2${i}`;
  return {
    name: names[i] ?? `覃外${i}`,
    idNumber: makeIdNumber(county, birthDate, 601 + i * 2),
    birthDate,
    phone: `1${area === 'county' ? '37' : '36'}${String(40000000 + i * 1111).slice(0, 8)}`,
    bankAccount: `62220245${area === 'county' ? '1' : '2'}${String(1000000000 + i * 7).slice(0, 10)}`,
  };
}

/** Claim approved through both review levels by the area's officers; returns its id and first payment entry. */
async function approvedClaim(app: App, o: Officers, personId: string, county: string): Promise<{ claim: string; entry: string }> {
  const c = await ok<{ id: string }>(app, o.town, 'POST', {
    url: '/claims',
    body: { programId: 'entrepreneurship-subsidy', personId, facts: startupFacts(county) },
  });
  await ok(app, o.county, 'POST', { url: `/claims/${c.id}/review`, body: { outcome: 'approve', reason: '材料齐全' } });
  const done = await ok<{ payments: Array<{ id: string }> }>(app, o.reviewer, 'POST', {
    url: `/claims/${c.id}/review`,
    body: { outcome: 'approve', reason: '同意' },
  });
  const entry = done.payments[0]?.id;
  if (!entry) throw new Error(`claim ${c.id}: no payment entry`);
  return { claim: c.id, entry };
}

interface Officers {
  town: Headers;
  county: Headers;
  reviewer: Headers;
  townUserId: string;
  countyUserId: string;
  reviewerUserId: string;
}

async function officers(app: App, rt: Runtime, county: string, township: string): Promise<Officers> {
  const town = await signedIn(app, rt, 'township_officer', township);
  const c = await signedIn(app, rt, 'county_officer', county);
  const reviewer = await signedIn(app, rt, 'reviewer', county);
  return {
    town: town.headers,
    county: c.headers,
    reviewer: reviewer.headers,
    townUserId: town.userId,
    countyUserId: c.userId,
    reviewerUserId: reviewer.userId,
  };
}

/** A worker bound to P1 through a request the area's officer confirmed, and a pending request for P2 by another worker. */
async function bindings(app: App, rt: Runtime, o: Officers, specs: PersonSpec[]): Promise<Area['binding']> {
  const [s1, s2] = specs;
  if (!s1 || !s2) throw new Error('specs');
  const bound = await signedIn(app, rt, 'worker', '');
  const asked = await ok<{ request: { id: string } }>(app, bound.headers, 'POST', {
    url: '/auth/worker/bind',
    body: { idNumber: s1.idNumber, name: s1.name },
  });
  await ok(app, o.town, 'POST', { url: `/bindings/${asked.request.id}/confirm` });
  const waiting = await signedIn(app, rt, 'worker', '');
  const pending = await ok<{ request: { id: string } }>(app, waiting.headers, 'POST', {
    url: '/auth/worker/bind',
    body: { idNumber: s2.idNumber, name: s2.name },
  });
  return { boundUserId: bound.userId, pending: pending.request.id, pendingUserId: waiting.userId };
}

/** One foreign area with all its records. `ownOfficers` says whether its county officers belong to it (not so for a township of the home county). */
export async function seedArea(app: App, rt: Runtime, national: Headers, key: AreaKey, county: string, township: string): Promise<Area> {
  const o = await officers(app, rt, county, township);
  const specs = [0, 1, 2, 3, 4, 5].map((i) => personSpec(key, county, i));
  const people: string[] = [];
  for (const s of specs.slice(0, 5)) {
    const p = await ok<{ id: string }>(app, national, 'POST', {
      url: '/people',
      body: {
        name: s.name,
        idNumber: s.idNumber,
        phone: s.phone,
        bankAccount: s.bankAccount,
        hukouCode: township,
        residenceCode: township,
        povertyRegistered: true,
        povertyFrom: '2016-01-01',
      },
    });
    people.push(p.id);
  }
  const [p1, p2, p3, p4, p5] = people;
  if (!p1 || !p2 || !p3 || !p4 || !p5) throw new Error('people');
  const occupation = await ok<{ id: string }>(app, national, 'POST', {
    url: `/people/${p1}/occupations`,
    body: { occupationCode: '6-18-02-04', level: 4 },
  });
  const employment = await ok<{ id: string }>(app, national, 'POST', {
    url: `/people/${p1}/employment`,
    body: { enterpriseName: '外地电子厂', divisionCode: county, startDate: '2024-01-01', monthlyWageFen: 456789 },
  });
  const insurance = await ok<{ id: string }>(app, national, 'POST', {
    url: `/people/${p1}/insurance`,
    body: { kind: 'pension', divisionCode: county, startMonth: '2024-01', contributionMonths: 23 },
  });
  const enterprise = await ok<{ id: string }>(app, national, 'POST', {
    url: '/enterprises',
    body: {
      creditCode: creditCode(county),
      name: `${key === 'county' ? '大化外县' : '地苏外镇'}矩阵有限公司`,
      industryCode: '39',
      addressCode: township,
      address: '外地路1号',
      contactName: '外地联系人',
      contactPhone: key === 'county' ? '13512340001' : '13512340002',
    },
  });

  // Claims: paid (P1) and failed (P2) through one batch, a pending entry after it (P5), one submitted with evidence (P3), one refused (P4).
  const paid = await approvedClaim(app, o, p1, county);
  const failed = await approvedClaim(app, o, p2, county);
  const batch = await ok<{ id: string }>(app, o.county, 'POST', { url: '/payment-batches' });
  const result = await sheet([
    ['entry id', 'result', 'bank reference'],
    [paid.entry, 'paid', 'BANK-M1'],
    [failed.entry, 'failed', 'ERR-M2'],
  ]);
  await ok(app, o.county, 'POST', {
    url: `/payment-batches/${batch.id}/reconciliation`,
    file: { name: 'result.xlsx', bytes: result, type: 'application/octet-stream' },
  });
  const pending = await approvedClaim(app, o, p5, county);
  const submitted = await ok<{ id: string }>(app, o.town, 'POST', {
    url: '/claims',
    body: { programId: 'entrepreneurship-subsidy', personId: p3, facts: startupFacts(county) },
  });
  const withEvidence = await ok<{ evidence: Array<{ id: string }> }>(app, o.town, 'POST', {
    url: `/claims/${submitted.id}/evidence`,
    file: { name: 'licence.png', bytes: PNG, type: 'image/png' },
  });
  const evidence = withEvidence.evidence[0]?.id;
  if (!evidence) throw new Error('evidence');
  const refused = await ok<{ id: string }>(app, o.town, 'POST', {
    url: '/claims',
    body: { programId: 'entrepreneurship-subsidy', personId: p4, facts: startupFacts(county) },
  });
  await ok(app, o.county, 'POST', { url: `/claims/${refused.id}/review`, body: { outcome: 'refuse', reason: '材料不全' } });

  // An import by the area's township officer: one good row (P6) and one bad row, so the job has an error report.
  const s6 = specs[5];
  if (!s6) throw new Error('spec');
  const pad = ',,,,否,,否,,,否,,';
  const csv = `${PEOPLE_CSV_HEADER}\r\n${s6.name},${s6.idNumber},${s6.phone},${township}${pad}\r\n${s6.name}乙,${s6.idNumber.slice(0, 17)}0,${s6.phone},${township}${pad}\r\n`;
  const job = await ok<{ id: string }>(app, o.town, 'POST', {
    url: '/imports/people',
    file: { name: '外地导入.csv', bytes: Buffer.from(csv, 'utf8'), type: 'text/csv' },
  });
  await rt.services.imports.settled(job.id);
  const imported = await ok<{ items: Array<{ id: string }> }>(app, national, 'GET', {
    url: `/people?q=${encodeURIComponent(s6.idNumber)}`,
  });
  const p6 = imported.items[0]?.id;
  if (!p6) throw new Error(`import job ${job.id} did not create the good row`);
  people.push(p6);

  const token = await ok<{ id: string }>(app, o.town, 'POST', { url: '/auth/tokens', body: { name: 'matrix', jurisdiction: township } });
  const binding = await bindings(app, rt, o, specs);
  const designation = await ok<{ id: string }>(app, national, 'POST', {
    url: '/priority-designations',
    body: { kind: 'other', code: township, name: `${key}矩阵认定`, validFrom: '2026-01-01', source: '矩阵测试通知' },
  });

  const registration = await ok<{ id: string }>(app, o.town, 'POST', { url: '/unemployment/registrations', body: { personId: p1 } });
  const complaint = await ok<{ id: string }>(app, o.town, 'POST', {
    url: '/complaints',
    body: {
      employerId: enterprise.id,
      site: `${key}矩阵工地`,
      periodFrom: '2026-09',
      periodTo: '2026-10',
      workers: [{ personId: p1, owedFen: 300000 }],
    },
  });
  const complaintEvidence = (
    await ok<{ evidence: Array<{ id: string }> }>(app, o.town, 'POST', {
      url: `/complaints/${complaint.id}/evidence`,
      file: { name: 'wages.png', bytes: PNG, type: 'image/png' },
    })
  ).evidence[0]?.id;
  if (!complaintEvidence) throw new Error('complaint evidence');
  const referral = await ok<{ id: string }>(app, o.town, 'POST', {
    url: `/complaints/${complaint.id}/legal-aid`,
    body: { note: '矩阵转介' },
  });
  const posting = await ok<{ id: string; status: string }>(app, national, 'POST', {
    url: '/jobs/postings',
    body: {
      enterpriseId: enterprise.id,
      title: `${key}矩阵岗位`,
      occupationCode: '6-18-01-01',
      workCode: township,
      workAddress: '矩阵路1号',
      headcount: 2,
      payMinFen: 300000,
      payMaxFen: 400000,
      payPeriod: 'month',
      contractKind: 'regular',
      housing: false,
      meals: false,
      requirements: '',
      skills: [],
      startDate: '2026-12-01',
    },
  });
  if (posting.status !== 'open') throw new Error(`matrix posting is ${posting.status}`);
  const application = await ok<{ id: string }>(app, national, 'POST', {
    url: `/jobs/postings/${posting.id}/referrals`,
    body: { personId: p1 },
  });

  const rrEvent = await ok<{ id: string }>(app, o.town, 'POST', {
    url: '/rapid-response/events',
    body: { kind: 'layoff', enterpriseId: enterprise.id, occurredOn: '2026-11-20', description: `${key}矩阵裁员`, workersAffected: 30 },
  });
  await ok(app, o.town, 'POST', { url: `/rapid-response/events/${rrEvent.id}/workers`, body: { personIds: [p2] } });
  const rrView = await ok<{ tasks: Array<{ id: string }>; workers: Array<{ offers: Array<{ id: string; kind: string }> }> }>(
    app,
    o.town,
    'GET',
    {
      url: `/rapid-response/events/${rrEvent.id}`,
    },
  );
  const rrTask = rrView.tasks[0]?.id;
  const rrOffer = rrView.workers[0]?.offers.find((x) => x.kind === 'registration')?.id;
  if (!rrTask || !rrOffer) throw new Error('rapid-response fixtures');
  const rapidResponse = { event: rrEvent.id, task: rrTask, offer: rrOffer };

  const gigTask = await ok<{ id: string }>(app, o.town, 'POST', {
    url: '/gigs/tasks',
    body: {
      enterpriseId: enterprise.id,
      title: `${key}矩阵零工`,
      occupationCode: '4-02-05-01',
      placeCode: township,
      address: '矩阵路2号',
      startDate: '2026-12-02',
      dayRateFen: 30000,
      headcount: 2,
    },
  });
  const p1Worker = { ...systemActor(), username: 'matrix-worker', role: 'worker' as const, personId: p1 };
  const gigSignup = await rt.services.gigs.signups.signUp(p1Worker, gigTask.id);
  if (!gigSignup.ok) throw new Error(`gig sign-up ${gigSignup.reason.code}`);
  await ok(app, o.town, 'POST', { url: `/gigs/signups/${gigSignup.value.id}/confirm`, body: { version: 1 } });
  await ok(app, o.town, 'POST', { url: `/gigs/signups/${gigSignup.value.id}/record`, body: { version: 2, daysWorked: 1, paidFen: 30000 } });
  const gigDone = await rt.services.gigs.signups.accept(p1Worker, gigSignup.value.id, 3);
  const gigReport = await rt.services.gigs.feedback.report(p1Worker, gigSignup.value.id, { reason: 'other', detail: '矩阵举报' });
  if (!gigDone.ok || !gigReport.ok) throw new Error('gig fixtures');
  const gig = { task: gigTask.id, signup: gigSignup.value.id, report: gigReport.value.id };

  const fairMade = await ok<{ id: string }>(app, o.town, 'POST', {
    url: '/fairs',
    body: {
      name: `${key}矩阵招聘会`,
      kind: 'onsite',
      startsOn: '2026-12-05',
      endsOn: '2026-12-05',
      hours: '09:00-16:00',
      venueCode: township,
      venueAddress: '矩阵广场',
      targetGroups: ['poor_labourers'],
      capacity: 50,
    },
  });
  await ok(app, o.town, 'POST', { url: `/fairs/${fairMade.id}/employers`, body: { enterpriseId: enterprise.id, booth: 'A1' } });
  const s2 = specs[1];
  if (!s2) throw new Error('fair fixtures');
  const fairRegistration = await ok<{ id: string }>(app, o.town, 'POST', {
    url: `/fairs/${fairMade.id}/registrations`,
    body: { idNumber: s2.idNumber, name: s2.name },
  });
  const fair = { id: fairMade.id, registration: fairRegistration.id };

  await ok(app, national, 'POST', {
    url: `/people/${p2}/employment`,
    body: { enterpriseName: '矩阵出借厂', enterpriseId: enterprise.id, divisionCode: township, startDate: '2025-01-01' },
  });
  const borrowerFirm = await ok<{ id: string }>(app, national, 'POST', {
    url: '/enterprises',
    body: {
      creditCode: creditCode(county),
      name: `${key}矩阵借入有限公司`,
      industryCode: '39',
      addressCode: township,
      address: '借入路2号',
    },
  });
  const period = { startDate: '2026-12-10', endDate: '2026-12-31', placeCode: township, address: '矩阵路1号' };
  const listingOf = (side: string, enterpriseId: string) => ({
    ...period,
    side,
    enterpriseId,
    headcount: 1,
    occupationCodes: ['6-18-01-01'],
    skills: '',
    ...(side === 'request' ? { wageFen: 300000 } : {}),
  });
  const offer = await ok<{ id: string }>(app, o.town, 'POST', { url: '/sharing/listings', body: listingOf('offer', enterprise.id) });
  const wanted = await ok<{ id: string }>(app, o.town, 'POST', { url: '/sharing/listings', body: listingOf('request', borrowerFirm.id) });
  const drafted = await ok<{ id: string; version: number }>(app, o.town, 'POST', {
    url: '/sharing/agreements',
    body: {
      ...period,
      offerId: offer.id,
      requestId: wanted.id,
      occupationCode: '6-18-01-01',
      wageFen: 300000,
      wagePayer: 'borrower',
      injuryInsurer: 'lender',
      workerIds: [p2],
    },
  });
  await ok(app, o.town, 'POST', { url: `/sharing/agreements/${drafted.id}/send`, body: { version: drafted.version } });
  const sharing = { offer: offer.id, request: wanted.id, agreement: drafted.id, borrower: borrowerFirm.id };

  const own = key === 'county' ? [o.townUserId, o.countyUserId, o.reviewerUserId] : [o.townUserId];
  const claims = { submitted: submitted.id, refused: refused.id, paid: paid.claim, failed: failed.claim, pending: pending.claim };
  const entries = { paid: paid.entry, failed: failed.entry, pending: pending.entry };
  return {
    key,
    county,
    township,
    people,
    values: specs.map((s) => ({ name: s.name, idNumber: s.idNumber, phone: s.phone })),
    person: p1,
    enterprise: enterprise.id,
    claims,
    evidence,
    entries,
    batch: batch.id,
    importJob: job.id,
    ownerJob: job.id,
    children: { occupations: occupation.id, employment: employment.id, insurance: insurance.id },
    officer: { userId: o.townUserId, token: token.id },
    designation: designation.id,
    registration: registration.id,
    complaint: complaint.id,
    complaintEvidence,
    referral: referral.id,
    posting: posting.id,
    application: application.id,
    rapidResponse,
    sharing,
    gig,
    fair,
    binding,
    pii: specs.flatMap((s) => [s.name, s.idNumber, s.phone, s.bankAccount, s.birthDate]),
    ids: [
      ...people,
      enterprise.id,
      ...Object.values(claims),
      ...Object.values(entries),
      batch.id,
      job.id,
      evidence,
      ...own,
      token.id,
      ...Object.values(binding),
      registration.id,
      complaint.id,
      complaintEvidence,
      referral.id,
      application.id,
      ...Object.values(rapidResponse),
      ...Object.values(sharing),
      ...Object.values(gig),
      ...Object.values(fair),
    ],
  };
}

export const HOME_COUNTY = '451228';
export const HOME_TOWNSHIP = '451228100';

/** Builds the roles and both foreign areas. */
export async function buildWorld(app: App, rt: Runtime): Promise<World> {
  await loadReferenceData(rt);
  const national = (await signedIn(app, rt, 'admin', '')).headers;
  // The township of the home county first: its batch is made by a county officer of 都安 and must hold only its own entries.
  const township = await seedArea(app, rt, national, 'township', HOME_COUNTY, '451228102');
  const county = await seedArea(app, rt, national, 'county', '451229', '451229100');

  const homePerson = async (name: string, birth: string, seq: number) =>
    (
      await ok<{ id: string }>(app, national, 'POST', {
        url: '/people',
        body: { name, idNumber: makeIdNumber(HOME_COUNTY, birth, seq), hukouCode: HOME_TOWNSHIP, phone: `13800003${seq}` },
      })
    ).id;
  const person = await homePerson('韦本镇', '1990-06-06', 301);
  const person2 = await homePerson('韦本镇二', '1991-07-07', 303);
  const enterprise = (
    await ok<{ id: string }>(app, national, 'POST', {
      url: '/enterprises',
      body: { creditCode: creditCode(HOME_COUNTY), name: '都安本镇矩阵有限公司', industryCode: '39', addressCode: HOME_TOWNSHIP },
    })
  ).id;

  // The token owner's own import, with a good and a bad row in each foreign area.
  const csv = [
    PEOPLE_CSV_HEADER,
    ...[township, county].flatMap((a, i) => {
      const idNumber = freshIdNumber(a.county, 900 + i);
      const name = i === 0 ? '蒙外镇主导' : '覃外县主导';
      a.pii.push(name, idNumber);
      return [`${name},${idNumber},,${a.township},,,,否,,否,,,否,,`, `${name}乙,${idNumber.slice(0, 17)}Z,,${a.township},,,,否,,否,,,否,,`];
    }),
  ].join('\r\n');
  const ownerJob = await ok<{ id: string }>(app, national, 'POST', {
    url: '/imports/people',
    file: { name: '主导入.csv', bytes: Buffer.from(`${csv}\r\n`, 'utf8'), type: 'text/csv' },
  });
  await rt.services.imports.settled(ownerJob.id);
  for (const a of [township, county]) {
    a.ownerJob = ownerJob.id;
    a.ids.push(ownerJob.id);
  }

  const both: AreaKey[] = ['county', 'township'];
  const countyOnly: AreaKey[] = ['county'];
  const adminToken = await ok<{ token: string }>(app, national, 'POST', {
    url: '/auth/tokens',
    body: { name: 'matrix township token', jurisdiction: HOME_TOWNSHIP },
  });
  const worker = await signedIn(app, rt, 'worker', '', { personId: person });
  const roles: MatrixRole[] = [
    { name: 'admin of another province (44)', scope: '44', headers: (await signedIn(app, rt, 'admin', '44')).headers, foreign: both },
    {
      name: 'county officer (451228)',
      scope: HOME_COUNTY,
      headers: (await signedIn(app, rt, 'county_officer', HOME_COUNTY)).headers,
      foreign: countyOnly,
    },
    {
      name: 'township officer (451228100)',
      scope: HOME_TOWNSHIP,
      headers: (await signedIn(app, rt, 'township_officer', HOME_TOWNSHIP)).headers,
      foreign: both,
    },
    {
      name: 'reviewer (451228)',
      scope: HOME_COUNTY,
      headers: (await signedIn(app, rt, 'reviewer', HOME_COUNTY)).headers,
      foreign: countyOnly,
    },
    {
      name: 'auditor (451228)',
      scope: HOME_COUNTY,
      headers: (await signedIn(app, rt, 'auditor', HOME_COUNTY)).headers,
      foreign: countyOnly,
    },
    {
      name: 'department (transport, 451228)',
      scope: HOME_COUNTY,
      headers: (await signedIn(app, rt, 'department', HOME_COUNTY, { department: 'transport' })).headers,
      foreign: countyOnly,
    },
    {
      name: 'department (justice, 451228)',
      scope: HOME_COUNTY,
      headers: (await signedIn(app, rt, 'department', HOME_COUNTY, { department: 'justice' })).headers,
      foreign: countyOnly,
    },
    {
      name: 'employer (enterprise in 451228100)',
      scope: null,
      headers: (await signedIn(app, rt, 'employer', HOME_TOWNSHIP, { enterpriseId: enterprise })).headers,
      foreign: both,
    },
    { name: 'worker (bound to a record in 451228100)', scope: null, headers: worker.headers, foreign: both, personId: person },
    {
      name: 'worker without a record (a fresh phone account)',
      scope: null,
      headers: (await signedIn(app, rt, 'worker', '')).headers,
      foreign: both,
    },
    {
      name: "nationwide administrator's API token narrowed to 451228100",
      scope: HOME_TOWNSHIP,
      headers: { authorization: `Bearer ${adminToken.token}` },
      foreign: both,
    },
  ];
  return { national, roles, areas: { county, township }, home: { person, person2, enterprise } };
}

/** True when the answer is a problem document (problem+json). */
export function isProblemAnswer(contentType: unknown): boolean {
  return String(contentType ?? '').startsWith('application/problem+json');
}

export { send };
