/** The dashboard module's face: the home page's summary, work waiting and charts (read model, decision 210). */
export {
  createDashboardService,
  REVIEW_WORKING_DAYS,
  type DashboardService,
  type DashboardSummary,
  type HomeOverview,
} from './dashboard.service.js';
export { dashboardSources } from './dashboard.sources.js';
