/** Cases as they leave the module: the plan with each item's standing, the steps, the categories. */
import {
  categories as allCategories,
  itemState,
  type Category,
  type CaseStatus,
  type ItemState,
  type Requirement,
  type ServiceStandard,
  type StepKind,
} from './case.js';
import type { AssistanceCaseRow, AssistancePlanItemRow, AssistanceStepRow } from './case.table.js';

export interface PlanItemView {
  requirement: Requirement;
  dueOn: string;
  /** first contact counts working days (the kernel calendar); the rest calendar days. */
  dueIn: 'working_days' | 'calendar_days';
  target: number;
  done: number;
  metOn: string | null;
  state: ItemState;
}

export interface StepView {
  id: string;
  kind: StepKind;
  onDate: string;
  officerName: string;
  outcome: string;
  applicationId: string | null;
  postingTitle: string | null;
  recordedAt: string;
}

export interface CaseView {
  id: string;
  registrationNumber: string;
  personId: string;
  personName: string;
  idNumberMasked: string;
  region: string;
  status: CaseStatus;
  openedOn: string;
  closedOn: string | null;
  closeReason: string | null;
  priority: 'high' | 'normal';
  derivedCategories: Category[];
  recordedCategories: Category[];
  standard: ServiceStandard;
  officerId: string | null;
  plan: PlanItemView[];
  steps: StepView[];
  version: number;
}

export interface CaseSummaryView {
  id: string;
  registrationNumber: string;
  personId: string;
  personName: string;
  region: string;
  status: CaseStatus;
  openedOn: string;
  priority: 'high' | 'normal';
  officerId: string | null;
}

function parseCategories(text: string): Category[] {
  try {
    const v: unknown = JSON.parse(text);
    return Array.isArray(v) ? allCategories.filter((c) => v.includes(c)) : [];
  } catch {
    return [];
  }
}

export function categoriesOf(row: Pick<AssistanceCaseRow, 'derived_categories' | 'recorded_categories'>): {
  derived: Category[];
  recorded: Category[];
} {
  return { derived: parseCategories(row.derived_categories), recorded: parseCategories(row.recorded_categories) };
}

function standardOf(text: string): ServiceStandard {
  return JSON.parse(text) as ServiceStandard;
}

export function toPlanItem(i: AssistancePlanItemRow, today: string): PlanItemView {
  const metOn = i.met_on;
  return {
    requirement: i.requirement as Requirement,
    dueOn: i.due_on,
    dueIn: i.requirement === 'first_contact' ? 'working_days' : 'calendar_days',
    target: Number(i.target),
    done: Number(i.done),
    metOn,
    state: itemState({ dueOn: i.due_on, metOn }, today),
  };
}

export function toSummary(row: AssistanceCaseRow, extra: { name: string; number: string }): CaseSummaryView {
  return {
    id: row.id,
    registrationNumber: extra.number,
    personId: row.person_id,
    personName: extra.name,
    region: row.region,
    status: row.status as CaseStatus,
    openedOn: row.opened_on,
    priority: row.priority === 'high' ? 'high' : 'normal',
    officerId: row.officer_id,
  };
}

export function toCaseView(
  row: AssistanceCaseRow,
  extra: { name: string; number: string; idNumberMasked: string; today: string },
  items: readonly AssistancePlanItemRow[],
  steps: readonly AssistanceStepRow[],
): CaseView {
  const cats = categoriesOf(row);
  return {
    ...toSummary(row, extra),
    idNumberMasked: extra.idNumberMasked,
    closedOn: row.closed_on,
    closeReason: row.close_reason,
    derivedCategories: cats.derived,
    recordedCategories: cats.recorded,
    standard: standardOf(row.standard),
    plan: items.map((i) => toPlanItem(i, extra.today)),
    steps: steps.map((s) => ({
      id: s.id,
      kind: s.kind as StepKind,
      onDate: s.on_date,
      officerName: s.officer_name,
      outcome: s.outcome,
      applicationId: s.application_id,
      postingTitle: s.posting_title,
      recordedAt: s.recorded_at,
    })),
    version: Number(row.version),
  };
}
