/** The shapes the jobs module's people port speaks; the one definition (people/person-jobs.port.ts fills it and imports these). */
export interface JobSeeker {
  personId: string;
  name: string;
  province: string;
  hukouCode: string;
  placeCode: string;
  occupationCodes: string[];
  expectedWageFen: number | null;
  willingToGoOut: boolean;
  poor: boolean;
  codes: Array<string | null>;
}

export interface HireRecord {
  personId: string;
  enterpriseId: string;
  enterpriseName: string;
  creditCode: string | null;
  workCode: string;
  occupationCode: string;
  startDate: string;
  monthlyWageFen: number | null;
}
