/**
 * The facts a decision is made on: person facts from the registry and claim facts from the
 * application, as one flat record. Dates are ISO 'YYYY-MM-DD'; money is integer fen; places are
 * 6-digit county or 9-digit township codes. Naming carries the kind: `…Date` is a date, `…Region`
 * a place, `…Fen` money. Every fact a program uses is required by that program (no silent defaults:
 * a missing "already paid" must not turn into "nothing paid").
 */

/** Why the last job ended. The first three are involuntary in the sense of 失业保险条例 art. 14. */
export type SeparationReason =
  'contractExpired' | 'employerTerminated' | 'resignedForCause' | 'resignedVoluntarily' | 'dismissedForMisconduct' | 'notSeparated';

/** The household's assistance status. */
export type HouseholdStatus = 'ordinary' | 'lowIncome' | 'dibao';

/** Unemployment-insurance benefit status from the ledger. */
export type BenefitStatus = 'none' | 'receiving' | 'exhausted';

/** The five kinds of training of O61-3.3. */
export type TrainingKind = 'onJob' | 'orderBased' | 'urgentOccupation' | 'jobConversion' | 'entrepreneurship';

/** The certificate a trainee obtained. */
export type CertificateKind = 'none' | 'vocationalLevel' | 'specialSkill' | 'syb';

/** Enterprise size class. */
export type EmployerSize = 'micro' | 'small' | 'medium' | 'large';

/** Legal form of a new business. */
export type BusinessKind = 'individual' | 'firm';

/** Facts about one person (or one employer-worker pair, or one project) and one claim. */
export interface Facts {
  // person, from the registry
  birthDate?: string;
  migrantWorker?: boolean;
  povertyRegistered?: boolean;
  household?: HouseholdStatus;
  hukouRegion?: string;
  residenceRegion?: string;
  employmentRegion?: string;
  insuredRegion?: string;
  employedNow?: boolean;
  registeredUnemployed?: boolean;
  seekingWork?: boolean;
  receivingPension?: boolean;
  // unemployment insurance
  contributionMonths?: number;
  firstInsuredDate?: string;
  employerPaidInsurance?: boolean;
  personallyContributed?: boolean;
  migrantContractWorker?: boolean;
  continuousServiceMonths?: number;
  separationReason?: SeparationReason;
  benefitStatus?: BenefitStatus;
  benefitMonthsDrawn?: number;
  subsidyMonthsDrawn?: number;
  allowanceMonthsDrawn?: number;
  livingAllowancePaid?: boolean;
  // relief
  monthsWithoutIncome?: number;
  appliedInPerson?: boolean;
  applicationRegion?: string;
  // training
  trainingKind?: TrainingKind;
  certificateKind?: CertificateKind;
  certificateLevel?: number;
  certificateDate?: string;
  trainingRegion?: string;
  trainingSubsidiesThisYear?: number;
  sameOccupationLevelSubsidised?: boolean;
  // on-the-job training (the employer's claim for one worker)
  employerSize?: EmployerSize;
  employerHardHit?: boolean;
  trainingPlanFiled?: boolean;
  onJobTrainingMonths?: number;
  onJobMonthsClaimed?: number;
  // entrepreneurship
  returnedFromWorkAway?: boolean;
  firstBusiness?: boolean;
  businessKind?: BusinessKind;
  businessLicenceDate?: string;
  operatingNormally?: boolean;
  businessRegion?: string;
  startupPaidFen?: number;
  /** When the business closed (deregistered or stopped trading); absent while it trades. */
  businessClosedDate?: string;
  // going out to work
  monthsEmployedAway?: number;
  jobSeekingPaidThisYear?: boolean;
  // work-for-relief project
  projectRegion?: string;
  projectFundsFen?: number;
  projectLabourFen?: number;
  projectLocalWorkers?: number;
  /** The date the project was approved (立项批复): the labour-share rule in force then applies. */
  projectApprovalDate?: string;
}

/** Any fact name. */
export type FactKey = keyof Facts;

type KeysOf<T> = { [K in keyof Facts]-?: [NonNullable<Facts[K]>] extends [T] ? K : never }[keyof Facts];

/** Integer facts (counts, months, fen). */
export type NumFactKey = KeysOf<number>;
/** Yes/no facts. */
export type BoolFactKey = KeysOf<boolean>;
/** Date facts (ISO strings). */
export type DateFactKey = Extract<KeysOf<string>, `${string}Date`>;
/** Place facts (division codes). */
export type RegionFactKey = Extract<KeysOf<string>, `${string}Region`>;
/** Facts with a fixed list of values. */
export type EnumFactKey = Exclude<KeysOf<string>, DateFactKey | RegionFactKey>;

/** The allowed values of an enum fact. */
export type EnumValue<K extends EnumFactKey> = NonNullable<Facts[K]>;
