/**
 * The whole database as Kysely sees it: each module contributes its tables.
 */
import type { AccountTables } from '../modules/accounts/account.table.js';
import type { AuditTables } from '../modules/audit/audit.table.js';
import type { SystemTables } from '../modules/system/system.table.js';

export interface Database extends SystemTables, AccountTables, AuditTables {}
