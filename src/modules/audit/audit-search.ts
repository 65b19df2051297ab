/**
 * The audit search as officers use it: "who did it" by part of an officer's name, and each entry
 * with its actor's display name. The names live in the accounts module, read through the
 * `AuditUserDirectory` port the composition root fills (the audit module stays below accounts).
 */
import type { Actor } from '../actor.js';
import type { AuditEntry, AuditQuery, AuditService } from './audit.service.js';

/** What the audit search reads of the user accounts. */
export interface AuditUserDirectory {
  /** The ids of users whose name or username holds `text` (capped by the accounts module). */
  idsNamed(text: string): Promise<string[]>;
  /** Display names by user id (ids not found are left out). */
  displayNames(ids: readonly string[]): Promise<Record<string, string>>;
}

export type NamedAuditEntry = AuditEntry & { actorName: string | null };

export interface NamedAuditQuery extends AuditQuery {
  /** Part of the acting officer's name or username. */
  actorName?: string | undefined;
}

export function createAuditSearch(audit: AuditService, users: AuditUserDirectory) {
  return {
    /** The scoped audit search (AuditService.search) with actors found and shown by name. */
    async search(
      actor: Actor,
      query: NamedAuditQuery,
      page: number,
      pageSize: number,
    ): Promise<{ items: NamedAuditEntry[]; total: number }> {
      const { actorName, ...rest } = query;
      const actorIds = actorName?.trim() ? await users.idsNamed(actorName) : undefined;
      const r = await audit.search(actor, { ...rest, ...(actorIds ? { actorIds } : {}) }, page, pageSize);
      const names = await users.displayNames([...new Set(r.items.flatMap((e) => (e.actorId ? [e.actorId] : [])))]);
      return { items: r.items.map((e) => ({ ...e, actorName: e.actorId ? (names[e.actorId] ?? null) : null })), total: r.total };
    },
  };
}

export type AuditSearch = ReturnType<typeof createAuditSearch>;
