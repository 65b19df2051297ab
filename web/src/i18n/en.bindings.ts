import type { bindingsZh } from './zh.bindings';

/** English texts of the binding-request queue (merged into en.ts as `bindings`). */
export const bindingsEn: typeof bindingsZh = {
  title: 'Account binding requests',
  hint: 'A worker whose phone is not on their record may ask to be bound by ID number and name. Check with the person by phone or in person before confirming: an ID number and a name alone prove nothing.',
  statuses: { pending: 'To check', confirmed: 'Bound', rejected: 'Rejected', withdrawn: 'Withdrawn' },
  submittedName: 'Name given',
  submittedId: 'ID number given',
  phone: 'Sign-in phone',
  note: "Worker's note",
  record: 'Matching record',
  noRecord: 'No matching record',
  merged: 'Merged into {{id}}',
  submittedAt: 'Submitted',
  decidedAt: 'Decided',
  reason: 'Reason',
  confirm: 'Confirm binding',
  confirmAsk: 'Have you checked this is the person? Once confirmed, this phone account sees the whole record.',
  confirmed: 'Bound',
  reject: 'Reject',
  rejectReason: 'Reason for rejecting (the worker sees it)',
  rejected: 'Rejected',
  unbind: 'Unbind',
  unbindReason: 'Why the binding ends (kept in the audit log)',
  unbound: 'Binding ended',
};
