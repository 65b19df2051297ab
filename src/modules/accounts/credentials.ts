/**
 * Ending an account's credentials, inside the unit of work of the change that ends them (password
 * change, reset, disable, an administrator's "sign out everywhere"). Each ending is audited: one
 * entry for the sessions (with how many were open) and one per token, on the token's own chain.
 *
 * Rows are changed first and audit entries written after (`revokeCredentials`, then `auditEnded`),
 * so a transaction never holds an audit chain head while it waits for a token row that a single
 * revocation (which takes the token row, then the chain head) holds: no lock-order deadlock.
 */
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Work } from '../kernel/index.js';
import { provinceOf } from '../actor.js';
import * as repo from './account.repository.js';
import type { EndReason } from './account.js';

/** What a change ended, to be audited. */
export interface Ended {
  user: repo.User;
  reason: EndReason;
  sessions: number;
  tokens: repo.ApiToken[];
}

/** Ends every open session of the user and, when `tokens`, every live API token. */
export async function revokeCredentials(
  trx: Transaction<Database>,
  user: repo.User,
  reason: EndReason,
  by: string | null,
  now: string,
  tokens: boolean,
): Promise<Ended> {
  const sessions = await repo.revokeUserSessions(trx, user.id, now);
  const revoked = tokens ? await repo.revokeUserTokens(trx, user.id, now, reason, by) : [];
  return { user, reason, sessions, tokens: revoked };
}

/** Audits one token's revocation on the chain of the token's jurisdiction. */
export async function auditTokenRevoked(w: Work, token: repo.ApiToken, reason: EndReason): Promise<void> {
  await w.audit({
    province: provinceOf(token.jurisdiction),
    action: 'token.revoked',
    entityType: 'api_token',
    entityId: token.id,
    details: { reason, owner: token.user_id, name: token.name },
  });
}

/**
 * Audits what `revokeCredentials` ended: the sessions (when any was open) on the account's chain,
 * then each token in province order (a nationwide account's chain '00' sorts first), so two such
 * writes take chain heads in the same order.
 */
export async function auditEnded(w: Work, ended: Ended): Promise<void> {
  const { user, reason, sessions } = ended;
  if (sessions > 0) {
    await w.audit({
      province: provinceOf(user.jurisdiction),
      action: 'auth.sessions_ended',
      entityType: 'user',
      entityId: user.id,
      details: { reason, count: sessions },
    });
  }
  const ordered = [...ended.tokens].sort(
    (a, b) => provinceOf(a.jurisdiction).localeCompare(provinceOf(b.jurisdiction)) || a.id.localeCompare(b.id),
  );
  for (const t of ordered) await auditTokenRevoked(w, t, reason);
}
