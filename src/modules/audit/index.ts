/**
 * The audit module's face: the keyed, hash-chained log (one chain per province), its recorder (used
 * through the unit of work), verification, anchors kept outside the database, and scoped reads.
 */
export {
  createAuditService,
  type AuditEntry,
  type AuditInput,
  type AuditQuery,
  type AuditService,
  type VerifyReport,
} from './audit.service.js';
export { createAuditSearch, type AuditSearch, type AuditUserDirectory, type NamedAuditEntry } from './audit-search.js';
export { appendAnchor, loadAnchor, type AuditAnchor } from './audit.anchor.js';
