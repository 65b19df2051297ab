/** The dashboard module's face: the home page's summary, read from other modules' services. */
export { createDashboardService, type DashboardService, type DashboardSummary } from './dashboard.service.js';
export { dashboardSources } from './dashboard.sources.js';
