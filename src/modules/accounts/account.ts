/** Account domain types and rules (pure). */
import crypto from 'node:crypto';
import type { Department, Role } from '../actor.js';
import type { User } from './account.repository.js';
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
    id: u.id, username: u.username, displayName: u.display_name, role, jurisdiction: u.jurisdiction, department,
    personId: u.person_id, enterpriseId: u.enterprise_id, mustChangePassword: fromFlag(u.must_change_password),
    disabled: fromFlag(u.disabled), lockedUntil: u.locked_until, createdAt: u.created_at,
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
