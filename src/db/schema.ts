/**
 * The whole database as Kysely sees it: each module contributes its tables. A new module declares
 * them from its own table file by declaration merging (decision 142), as the calendar does:
 * `declare module '../../db/schema.js' { interface Database extends CalendarTables {} }`.
 */
import type { AccountTables } from '../modules/accounts/account.table.js';
import type { AuditTables } from '../modules/audit/audit.table.js';
import type { SystemTables } from '../modules/system/system.table.js';
import type { RegionTables } from '../modules/regions/region.table.js';
import type { PeopleTables } from '../modules/people/person.table.js';
import type { CatalogTables } from '../modules/catalog/catalog.table.js';
import type { EnterpriseTables } from '../modules/enterprises/enterprise.table.js';
import type { ImportTables } from '../modules/imports/import.table.js';
import type { WorkerTables } from '../modules/accounts/worker.table.js';
import type { PolicyTables } from '../modules/policy-admin/policy.table.js';
import type { BenefitsTables } from '../modules/benefits/benefits.table.js';
import type { TimerTables } from '../modules/kernel/timers.table.js';

export interface Database
  extends
    SystemTables,
    AccountTables,
    AuditTables,
    RegionTables,
    PeopleTables,
    CatalogTables,
    EnterpriseTables,
    ImportTables,
    WorkerTables,
    PolicyTables,
    BenefitsTables,
    TimerTables {}
