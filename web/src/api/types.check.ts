/**
 * Compile-time check (never imported): every named API type resolves to a real shape. A route or
 * schema renamed on the server makes its `ResponseOf`/`BodyOf` lookup `never`, which would
 * otherwise pass silently wherever the type is used; `npm run typecheck` fails here instead.
 */
import type * as T from './types';
import type * as B from './benefits';
type IsNever<X> = [X] extends [never] ? true : false;
type Check<X extends false> = X;
export type All = [
  Check<IsNever<T.Ok>>,
  Check<IsNever<T.Me>>,
  Check<IsNever<T.UserWithPassword>>,
  Check<IsNever<T.AuditVerifyReport>>,
  Check<IsNever<T.DashboardSummary>>,
  Check<IsNever<T.RecentImport>>,
  Check<IsNever<T.ImportJob>>,
  Check<IsNever<T.ImportEntity>>,
  Check<IsNever<T.DivisionDetail>>,
  Check<IsNever<T.Division>>,
  Check<IsNever<T.PriorityReason>>,
  Check<IsNever<T.Designation>>,
  Check<IsNever<T.Person>>,
  Check<IsNever<T.PersonInput>>,
  Check<IsNever<T.PersonPage>>,
  Check<IsNever<T.PersonRecords>>,
  Check<IsNever<T.Enterprise>>,
  Check<IsNever<T.EnterpriseInput>>,
  Check<IsNever<T.Industry>>,
  Check<IsNever<T.Occupation>>,
  Check<IsNever<B.Claim>>,
  Check<IsNever<B.ClaimReview>>,
  Check<IsNever<B.ClaimEvidence>>,
  Check<IsNever<B.PaymentEntry>>,
  Check<IsNever<B.PaymentBatch>>,
  Check<IsNever<B.ReconciliationResult>>,
  Check<IsNever<B.Clause>>,
  Check<IsNever<B.ClaimQuery>>,
  Check<IsNever<B.NewClaim>>,
  Check<IsNever<T.Problem>>,
  Check<IsNever<T.Bilingual>>,
];
