/** Account domain types and rules (pure). */
import crypto from 'node:crypto';
import type { Department, Role } from '../actor.js';
import type { ApiToken, User } from './account.repository.js';
import { fromFlag } from '../../db/dialect.js';

export interface UserView {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  jurisdiction: string;
  department: Department | null;
  personId: string | null;
  enterpriseId: string | null;
  mustChangePassword: boolean;
  disabled: boolean;
  lockedUntil: string | null;
  createdAt: string;
}

export function toUserView(u: User, role: Role, department: Department | null): UserView {
  return {
    id: u.id,
    username: u.username,
    displayName: u.display_name,
    role,
    jurisdiction: u.jurisdiction,
    department,
    personId: u.person_id,
    enterpriseId: u.enterprise_id,
    mustChangePassword: fromFlag(u.must_change_password),
    disabled: fromFlag(u.disabled),
    lockedUntil: u.locked_until,
    createdAt: u.created_at,
  };
}

/** At least 10 characters with at least one letter and one digit. */
export function isStrongPassword(pw: string): boolean {
  return pw.length >= 10 && /[A-Za-z]/.test(pw) && /\d/.test(pw);
}

/** A random one-time password that passes the strength rule, without look-alike characters. */
export function generatePassword(): string {
  const letters = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ';
  const digits = '23456789';
  const all = letters + digits;
  const pick = (set: string) => set[crypto.randomInt(set.length)] ?? 'a';
  const chars = [pick(letters), pick(digits)];
  while (chars.length < 14) chars.push(pick(all));
  return chars.sort(() => crypto.randomInt(3) - 1).join('');
}

/** A bearer secret and the hash under which it is stored. */
export function newSecret(prefix: string): { token: string; hash: string } {
  const token = `${prefix}${crypto.randomBytes(32).toString('base64url')}`;
  return { token, hash: hashSecret(token) };
}

export function hashSecret(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

/**
 * How the caller proved who they are: a session cookie (its id is the hash of the cookie), an API
 * token, or a direct service call (command line, start-up, tests). Minting a token and changing
 * a password need a session: a token cannot renew itself or take over its account.
 */
export type Credential = { kind: 'session'; sessionId: string } | { kind: 'token'; tokenId: string } | { kind: 'direct' };

/** Why a token or a set of sessions ended (stored on the token and written to the audit log). */
export type EndReason = 'owner' | 'administrator' | 'password_changed' | 'password_reset' | 'disabled' | 'logout';

export type TokenStatus = 'active' | 'expired' | 'revoked';

export interface TokenView {
  id: string;
  name: string;
  /** The token's jurisdiction: it never reaches beyond its owner's. */
  jurisdiction: string;
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  revokedReason: string | null;
  status: TokenStatus;
}

/** Revoked wins over expired; a token is active until the instant it expires. */
export function tokenStatus(t: Pick<ApiToken, 'revoked_at' | 'expires_at'>, now: string): TokenStatus {
  if (t.revoked_at !== null) return 'revoked';
  return t.expires_at > now ? 'active' : 'expired';
}

export function toTokenView(t: ApiToken, now: string): TokenView {
  return {
    id: t.id,
    name: t.name,
    jurisdiction: t.jurisdiction,
    createdAt: t.created_at,
    expiresAt: t.expires_at,
    lastUsedAt: t.last_used_at,
    revokedAt: t.revoked_at,
    revokedReason: t.revoked_reason,
    status: tokenStatus(t, now),
  };
}
