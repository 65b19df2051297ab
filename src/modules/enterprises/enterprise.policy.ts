/**
 * Who may do what with an enterprise. Staff act inside their jurisdiction (the enterprise's address
 * code starts with the actor's prefix); an employer user acts on its own enterprise only. Outside
 * the scope the answer is `out_of_jurisdiction`, so existence never leaks.
 */
import { withinJurisdiction, type Actor } from '../actor.js';
import { can, isStaff, type Permission } from '../accounts/index.js';

export type Decision = { ok: true } | { ok: false; code: 'forbidden' | 'out_of_jurisdiction' };

const allowed: Decision = { ok: true };
const hidden: Decision = { ok: false, code: 'out_of_jurisdiction' };
const forbidden: Decision = { ok: false, code: 'forbidden' };

/** The part of an enterprise a decision looks at. */
export interface EnterpriseScope {
  id: string;
  addressCode: string;
}

function isOwnEmployer(actor: Actor, e: EnterpriseScope): boolean {
  return actor.role === 'employer' && actor.enterpriseId !== null && actor.enterpriseId === e.id;
}

function staffWith(actor: Actor, permission: Permission, e: EnterpriseScope): Decision {
  if (!isStaff(actor.role)) return hidden;
  if (!withinJurisdiction(actor.jurisdiction, e.addressCode)) return hidden;
  return can(actor, permission) ? allowed : forbidden;
}

/** Read one enterprise: staff with enterprises.read in jurisdiction, or its own employer. */
export function mayRead(actor: Actor, e: EnterpriseScope): Decision {
  return isOwnEmployer(actor, e) ? allowed : staffWith(actor, 'enterprises.read', e);
}

/** Edit one enterprise's data: officers with enterprises.write in jurisdiction, or its own employer. */
export function mayEdit(actor: Actor, e: EnterpriseScope): Decision {
  return isOwnEmployer(actor, e) ? allowed : staffWith(actor, 'enterprises.write', e);
}

/** Register a new enterprise at an address: officers inside their jurisdiction. */
export function mayCreate(actor: Actor, addressCode: string): Decision {
  if (!isStaff(actor.role) || !can(actor, 'enterprises.write')) return forbidden;
  return withinJurisdiction(actor.jurisdiction, addressCode) ? allowed : forbidden;
}

/** Move an enterprise to another address: an officer must keep it inside the jurisdiction. */
export function mayMoveTo(actor: Actor, addressCode: string): Decision {
  if (actor.role === 'employer') return allowed;
  return withinJurisdiction(actor.jurisdiction, addressCode) ? allowed : forbidden;
}

/** Flag or unflag malicious wage arrears (恶意欠薪): officers with enterprises.flag_arrears. */
export function mayFlagArrears(actor: Actor, e: EnterpriseScope): Decision {
  if (isOwnEmployer(actor, e)) return forbidden;
  return staffWith(actor, 'enterprises.flag_arrears', e);
}

/** See the contact phone unmasked (audited): staff who may reveal personal data, in jurisdiction. */
export function mayReveal(actor: Actor, e: EnterpriseScope): Decision {
  if (isOwnEmployer(actor, e)) return forbidden;
  return staffWith(actor, 'people.reveal', e);
}

/** Read the audit history of one enterprise: staff with enterprises.read in jurisdiction. */
export function mayReadHistory(actor: Actor, e: EnterpriseScope): Decision {
  if (isOwnEmployer(actor, e)) return forbidden;
  return staffWith(actor, 'enterprises.read', e);
}

/** How a list is scoped: a division prefix for staff, one id for an employer, or refused. */
export type ListScope = { kind: 'prefix'; prefix: string } | { kind: 'own'; enterpriseId: string };

export function listScope(actor: Actor): ListScope | null {
  if (actor.role === 'employer') return actor.enterpriseId ? { kind: 'own', enterpriseId: actor.enterpriseId } : null;
  if (!isStaff(actor.role) || !can(actor, 'enterprises.read')) return null;
  return { kind: 'prefix', prefix: actor.jurisdiction };
}
