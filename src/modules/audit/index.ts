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
export { appendAnchor, loadAnchor, type AuditAnchor } from './audit.anchor.js';
