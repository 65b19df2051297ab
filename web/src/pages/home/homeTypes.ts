/** The role home's answer (src/http/routes/dashboard.ts `HomeOverviewSchema`). */
import type { ResponseOf } from '../../api/schema';

export type HomeOverview = ResponseOf<'/dashboard/home', 'get'>;
