/** English texts of the claims and payments pages (same keys as zh.benefits.ts). */
import type { benefitsZh } from './zh.benefits';

export const benefitsEn: typeof benefitsZh = {
  queue: 'Claims to handle', queueHint: 'Claims in your jurisdiction by review level.', newClaim: 'New claim', claim: 'Claim', claimId: 'Claim no.',
  levels: { township: 'Township review', county: 'County review', reconsideration: 'Reconsideration', all: 'All claims' },
  statuses: {
    submitted: 'Awaiting township review', township_approved: 'Awaiting county review', approved: 'Approved, to be paid', paid: 'Paid', refused: 'Refused',
    reconsideration_requested: 'Under reconsideration', refused_final: 'Refused after reconsideration',
  },
  channel: 'Channel', channels: { worker: 'By the worker', officer: 'By an officer', employer: 'By the employer' },
  program: 'Program', person: 'Claimant', enterprise: 'Employer (on-the-job training)', enterpriseHint: 'Programs claimed by an employer (以工代训) need the employer',
  status: 'Status', submittedAt: 'Submitted', asOf: 'Decision date', amount: 'Amount', eligible: 'Eligible', notEligible: 'Not eligible', region: 'Handled in',
  pickPerson: 'Search people in your jurisdiction by name, pinyin or ID number', facts: 'Claim facts', factsHint: 'What the registry holds (hukou place, poverty registration…) is filled in by the system; enter only the rest.',
  evidence: 'Evidence', evidenceHint: 'PDF, JPEG or PNG, up to 10 MB each', upload: 'Upload', uploaded: 'Uploaded', noEvidence: 'No evidence yet',
  submitted: 'Claim submitted', submit: 'Submit claim', timeline: 'Progress', lodged: 'Submitted by {{by}}', reviewer: 'Reviewer', me: 'me',
  outcomes: { approve: 'approved', refuse: 'refused' }, reviewAt: '{{level}}: {{outcome}}', noReason: '(no reason given)',
  review: 'Review', reviewPending: 'Awaiting {{level}}', approve: 'Approve', refuse: 'Refuse', reasonLabel: 'Review note', reasonRequired: 'Give a reason for a refusal',
  reviewed: 'Review recorded', noReview: 'No review is pending for this claim', reconsider: 'Request reconsideration', reconsiderUntil: 'Reconsideration may be requested until {{date}}',
  reconsiderReason: 'Reason for reconsideration', reconsidered: 'Reconsideration requested',
  editFacts: 'Edit claim facts', editHint: 'Saving re-runs the decision on the changed facts.', factsSaved: 'Facts saved; the decision was re-run',
  explanation: 'Decision and its grounds', outcome: 'Outcome', payable: 'Amount: ¥{{amount}}', criteria: 'Criterion by criterion', factsUsed: 'Facts used',
  paramsUsed: 'Parameters used', values: 'Calculation', clauses: 'Clauses cited', clauseOf: 'Clause {{id}}', validFrom: 'In force from {{date}}',
  factOrigin: 'From', fromClaim: 'the claim', fromRegistry: 'the registry', fromLedger: 'the payment ledger', version: 'Ruleset', illustrative: 'illustrative',
  illustrativeHint: 'This decision uses illustrative parameters; an administrator must record the official values before paying',
  payments: 'Payments', noPayments: 'No payments yet', instalment: 'Instalment', attempt: 'attempt {{n}}', kind: 'Kind',
  kinds: { payment: 'payment', reversal: 'reversal' },
  entryStatuses: { pending: 'Pending', batched: 'In a batch', paid: 'Paid', failed: 'Failed', reversed: 'Reversed' },
  bankReference: 'Bank reference', batch: 'Batch', reverse: 'Reverse', reverseReason: 'Reason for the reversal', reversed: 'Reversed', reissue: 'Re-issue', reissued: 'Re-issued',
  ledger: 'Payment ledger', ledgerHint: 'The ledger is append-only: a reversal is a negative entry, a failed payment can be re-issued.', filterStatus: 'Status', filterProgram: 'Program',
  batches: 'Payment batches', createBatch: 'Create a batch', batchCreated: 'Batch created: {{count}} payments, ¥{{amount}}', entries: 'Payments', total: 'Total',
  reconciled: 'Reconciled', notReconciled: 'Not reconciled', downloadBank: 'Download the bank file', uploadResult: 'Upload the result file',
  reconcileResult: 'Reconciled: {{paid}} paid, {{failed}} failed, {{skipped}} skipped', yuan: '¥{{amount}}', open: 'Open',
};
