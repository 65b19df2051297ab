/** The page map. Each module's pages are guarded by the permission its menu entry needs. */
import { Route, Routes } from 'react-router';
import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { AppLayout } from './layout/AppLayout';
import { RequirePermission, RequireSession } from './layout/guards';
import { LoginPage } from './pages/auth/LoginPage';
import { PasswordPage } from './pages/auth/PasswordPage';
import { HomePage } from './pages/home/HomePage';
import { UsersPage } from './pages/users/UsersPage';
import { MyTokensPage } from './pages/tokens/MyTokensPage';
import { AccountTokensPage } from './pages/tokens/AccountTokensPage';
import { AuditPage } from './pages/audit/AuditPage';
import { ImportsPage } from './pages/imports/ImportsPage';
import { RegionsPage } from './pages/regions/RegionsPage';
import { EnterprisesPage } from './pages/enterprises/EnterprisesPage';
import { PeoplePage } from './pages/people/PeoplePage';
import { PersonDetailPage } from './pages/people/PersonDetailPage';
import { PersonFormPage } from './pages/people/PersonFormPage';
import { EnterpriseDetailPage } from './pages/enterprises/EnterpriseDetailPage';
import { EnterpriseFormPage } from './pages/enterprises/EnterpriseFormPage';
import { ProgramsPage } from './pages/policy/ProgramsPage';
import { ProgramDetailPage } from './pages/policy/ProgramDetailPage';
import { ParametersPage } from './pages/policy/ParametersPage';
import { TryPage } from './pages/policy/TryPage';
import { WhatIfPage } from './pages/policy/WhatIfPage';
import { ClaimsPage } from './pages/benefits/ClaimsPage';
import { ClaimNewRoute } from './pages/employer/ClaimNewRoute';
import { ClaimDetailPage } from './pages/benefits/ClaimDetailPage';
import { PaymentsPage } from './pages/benefits/PaymentsPage';
import { BindingsPage } from './pages/bindings/BindingsPage';
import { ClaimPrintPage } from './pages/print/ClaimPrintPage';
import { BatchPrintPage } from './pages/print/BatchPrintPage';
import { PersonPrintPage } from './pages/print/PersonPrintPage';
import { UnemploymentPrintPage } from './pages/print/UnemploymentPrintPage';
import { RegistrationsPage } from './pages/unemployment/RegistrationsPage';
import { RegistrationPage } from './pages/unemployment/RegistrationPage';
import { ComplaintsPage } from './pages/complaints/ComplaintsPage';
import { ComplaintPage } from './pages/complaints/ComplaintPage';
import { NewComplaintPage } from './pages/complaints/NewComplaintPage';
import { LegalAidPage } from './pages/complaints/LegalAidPage';
import { CasesPage } from './pages/assistance/CasesPage';
import { CasePage } from './pages/assistance/CasePage';
import { ReservePage } from './pages/jobs/ReservePage';
import { EmployerJobsPage } from './pages/jobs/EmployerJobsPage';
import { EmployerSharingPage } from './pages/sharing/EmployerSharingPage';
import { SharingOverviewPage } from './pages/sharing/SharingOverviewPage';
import { FairsPage } from './pages/fairs/FairsPage';
import { FairNewPage } from './pages/fairs/FairNewPage';
import { FairPage } from './pages/fairs/FairPage';
import { EmployerFairsPage } from './pages/employer/fairs/EmployerFairsPage';
import { EmployerGigsPage } from './pages/gigs/EmployerGigsPage';
import { GigMarketPage } from './pages/gigs/GigMarketPage';
import { GigReportsPage } from './pages/gigs/GigReportsPage';
import { EventsPage } from './pages/rapid-response/EventsPage';
import { EventNewPage } from './pages/rapid-response/EventNewPage';
import { EventPage } from './pages/rapid-response/EventPage';
import { TasksPage } from './pages/rapid-response/TasksPage';
import { LayoffsPage } from './pages/rapid-response/LayoffsPage';

function NotFound() {
  const { t } = useTranslation();
  return <Result status="404" title="404" subTitle={t('common.notFound')} />;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route element={<RequireSession />}>
        <Route path="/password" element={<PasswordPage />} />
        <Route path="/print/claims/:id" element={<ClaimPrintPage />} />
        <Route
          path="/print/batches/:id"
          element={
            <RequirePermission permission="payments.manage">
              <BatchPrintPage />
            </RequirePermission>
          }
        />
        <Route
          path="/print/unemployment/:id"
          element={
            <RequirePermission permission="unemployment.read">
              <UnemploymentPrintPage />
            </RequirePermission>
          }
        />
        <Route
          path="/print/people/:id"
          element={
            <RequirePermission permission="people.read">
              <PersonPrintPage />
            </RequirePermission>
          }
        />
        <Route element={<AppLayout />}>
          <Route index element={<HomePage />} />
          <Route path="account/password" element={<PasswordPage />} />
          <Route path="account/tokens" element={<MyTokensPage />} />
          <Route
            path="users"
            element={
              <RequirePermission permission="accounts.admin">
                <UsersPage />
              </RequirePermission>
            }
          />
          <Route
            path="users/:id"
            element={
              <RequirePermission permission="accounts.admin">
                <AccountTokensPage />
              </RequirePermission>
            }
          />
          <Route
            path="imports"
            element={
              <RequirePermission permission="imports.run">
                <ImportsPage />
              </RequirePermission>
            }
          />
          <Route
            path="people"
            element={
              <RequirePermission permission="people.read">
                <PeoplePage />
              </RequirePermission>
            }
          />
          <Route
            path="people/new"
            element={
              <RequirePermission permission="people.write">
                <PersonFormPage />
              </RequirePermission>
            }
          />
          <Route
            path="people/:id"
            element={
              <RequirePermission permission="people.read">
                <PersonDetailPage />
              </RequirePermission>
            }
          />
          <Route
            path="people/:id/edit"
            element={
              <RequirePermission permission="people.write">
                <PersonFormPage />
              </RequirePermission>
            }
          />
          <Route
            path="enterprises"
            element={
              <RequirePermission permission="enterprises.read">
                <EnterprisesPage />
              </RequirePermission>
            }
          />
          <Route
            path="enterprises/new"
            element={
              <RequirePermission permission="enterprises.write">
                <EnterpriseFormPage />
              </RequirePermission>
            }
          />
          <Route
            path="enterprises/:id"
            element={
              <RequirePermission permission="enterprises.read">
                <EnterpriseDetailPage />
              </RequirePermission>
            }
          />
          <Route
            path="enterprises/:id/edit"
            element={
              <RequirePermission permission="enterprises.write">
                <EnterpriseFormPage />
              </RequirePermission>
            }
          />
          <Route
            path="regions"
            element={
              <RequirePermission permission="regions.read">
                <RegionsPage />
              </RequirePermission>
            }
          />
          <Route
            path="regions/:code"
            element={
              <RequirePermission permission="regions.read">
                <RegionsPage />
              </RequirePermission>
            }
          />
          <Route
            path="policy/programs"
            element={
              <RequirePermission permission="policy.read">
                <ProgramsPage />
              </RequirePermission>
            }
          />
          <Route
            path="policy/programs/:id"
            element={
              <RequirePermission permission="policy.read">
                <ProgramDetailPage />
              </RequirePermission>
            }
          />
          <Route
            path="policy/try"
            element={
              <RequirePermission permission="policy.read">
                <TryPage />
              </RequirePermission>
            }
          />
          <Route
            path="policy/what-if"
            element={
              <RequirePermission permission="policy.read">
                <WhatIfPage />
              </RequirePermission>
            }
          />
          <Route
            path="policy/parameters"
            element={
              <RequirePermission permission="policy.admin">
                <ParametersPage />
              </RequirePermission>
            }
          />
          <Route
            path="claims"
            element={
              <RequirePermission permission="claims.review">
                <ClaimsPage />
              </RequirePermission>
            }
          />
          <Route
            path="claims/new"
            element={
              <RequirePermission permission="claims.submit">
                <ClaimNewRoute />
              </RequirePermission>
            }
          />
          <Route path="claims/:id" element={<ClaimDetailPage />} />
          <Route
            path="payments"
            element={
              <RequirePermission permission="payments.manage">
                <PaymentsPage />
              </RequirePermission>
            }
          />
          <Route
            path="unemployment"
            element={
              <RequirePermission permission="unemployment.read">
                <RegistrationsPage />
              </RequirePermission>
            }
          />
          <Route
            path="unemployment/:id"
            element={
              <RequirePermission permission="unemployment.read">
                <RegistrationPage />
              </RequirePermission>
            }
          />
          <Route
            path="assistance"
            element={
              <RequirePermission permission="assistance.read">
                <CasesPage />
              </RequirePermission>
            }
          />
          <Route
            path="assistance/:id"
            element={
              <RequirePermission permission="assistance.read">
                <CasePage />
              </RequirePermission>
            }
          />
          <Route
            path="complaints"
            element={
              <RequirePermission permission="complaints.read">
                <ComplaintsPage />
              </RequirePermission>
            }
          />
          <Route
            path="complaints/new"
            element={
              <RequirePermission permission="complaints.handle">
                <NewComplaintPage />
              </RequirePermission>
            }
          />
          <Route
            path="complaints/:id"
            element={
              <RequirePermission permission="complaints.read">
                <ComplaintPage />
              </RequirePermission>
            }
          />
          <Route
            path="legal-aid"
            element={
              <RequirePermission permission="legal_aid.act">
                <LegalAidPage />
              </RequirePermission>
            }
          />
          <Route
            path="bindings"
            element={
              <RequirePermission permission="people.write">
                <BindingsPage />
              </RequirePermission>
            }
          />
          <Route
            path="rapid-response"
            element={
              <RequirePermission permission="rapid_response.read">
                <EventsPage />
              </RequirePermission>
            }
          />
          <Route
            path="rapid-response/new"
            element={
              <RequirePermission permission="rapid_response.manage">
                <EventNewPage />
              </RequirePermission>
            }
          />
          <Route
            path="rapid-response/tasks"
            element={
              <RequirePermission permission="rapid_response.tasks">
                <TasksPage />
              </RequirePermission>
            }
          />
          <Route
            path="rapid-response/:id"
            element={
              <RequirePermission permission="rapid_response.read">
                <EventPage />
              </RequirePermission>
            }
          />
          <Route
            path="layoffs"
            element={
              <RequirePermission permission="rapid_response.report">
                <LayoffsPage />
              </RequirePermission>
            }
          />
          <Route
            path="jobs/reserve"
            element={
              <RequirePermission permission="jobs.reserve">
                <ReservePage />
              </RequirePermission>
            }
          />
          <Route
            path="jobs/postings"
            element={
              <RequirePermission permission="jobs.post">
                <EmployerJobsPage />
              </RequirePermission>
            }
          />
          <Route
            path="sharing"
            element={
              <RequirePermission permission="sharing.read">
                <SharingOverviewPage />
              </RequirePermission>
            }
          />
          <Route
            path="employer/sharing"
            element={
              <RequirePermission permission="sharing.firm">
                <EmployerSharingPage />
              </RequirePermission>
            }
          />
          <Route
            path="fairs"
            element={
              <RequirePermission permission="fairs.read">
                <FairsPage />
              </RequirePermission>
            }
          />
          <Route
            path="fairs/new"
            element={
              <RequirePermission permission="fairs.manage">
                <FairNewPage />
              </RequirePermission>
            }
          />
          <Route
            path="fairs/:id"
            element={
              <RequirePermission permission="fairs.read">
                <FairPage />
              </RequirePermission>
            }
          />
          <Route
            path="employer/fairs"
            element={
              <RequirePermission permission="fairs.exhibit">
                <EmployerFairsPage />
              </RequirePermission>
            }
          />
          <Route
            path="gigs/tasks"
            element={
              <RequirePermission permission="gigs.post">
                <EmployerGigsPage />
              </RequirePermission>
            }
          />
          <Route
            path="gigs/market"
            element={
              <RequirePermission permission="gigs.read">
                <GigMarketPage />
              </RequirePermission>
            }
          />
          <Route
            path="gigs/reports"
            element={
              <RequirePermission permission="gigs.oversee">
                <GigReportsPage />
              </RequirePermission>
            }
          />
          <Route
            path="audit"
            element={
              <RequirePermission permission="audit.read">
                <AuditPage />
              </RequirePermission>
            }
          />
          <Route path="*" element={<NotFound />} />
        </Route>
      </Route>
    </Routes>
  );
}
