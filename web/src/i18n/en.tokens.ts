/** English texts of the API token pages (merged into en.ts as `tokens`). */
import type { tokensZh } from './zh.tokens';

export const tokensEn: typeof tokensZh = {
  mine: 'My API tokens',
  ofAccount: 'API tokens',
  create: 'Create token',
  none: 'No tokens',
  name: 'Name',
  nameHint: 'What it is for, e.g. "county data platform"',
  scope: 'Jurisdiction',
  scopeHint: 'A division-code prefix inside your own jurisdiction',
  lastDay: 'Valid until',
  lastDayHint: 'Leave empty for the longest lifetime allowed (90 days by default)',
  lastUsed: 'Last used',
  neverUsed: 'Never used',
  expires: 'Expires',
  revoke: 'Revoke',
  revokeConfirm: 'Revoke this token? Programs using it lose access at once.',
  revoked: 'Token revoked',
  tokens: 'Tokens',
  hint: 'Tokens let other systems call the API with no more rights than your account, limited to the jurisdiction chosen. Changing your password, a reset or disabling the account revokes every token.',
  secretTitle: 'New token',
  secretHint: 'The token is shown only this once: copy it now and keep it safe. If lost, revoke it and create another.',
  statuses: { active: 'Active', expired: 'Expired', revoked: 'Revoked' },
  reasons: {
    owner: 'Revoked by its owner',
    administrator: 'Revoked by an administrator',
    password_changed: 'Password changed',
    password_reset: 'Password reset',
    disabled: 'Account disabled',
    other: 'Other reason',
  },
};
