/**
 * Answers a worker typed on a claim form, kept on this phone (decision 230) so the list of
 * entitlements can say 可以享受 with the amount once the questions are answered, and the next form
 * starts filled in. Kept for one person, for 30 days, and forgotten at sign-out; never sent anywhere
 * but the worker's own entitlement check (the registry wins over an answer that contradicts it).
 */
const KEY = 'wugong.m.answers';
const KEEP_MS = 30 * 86_400_000;

interface Kept {
  personId: string;
  savedAt: number;
  /** As the API takes them (numbers in fen for money, booleans). */
  wire: Record<string, unknown>;
  /** As typed, to fill the form again. */
  typed: Record<string, string>;
}

function read(personId: string | null | undefined): Kept | null {
  if (!personId) return null;
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return null;
    const kept = JSON.parse(raw) as Partial<Kept>;
    if (kept.personId !== personId || typeof kept.savedAt !== 'number' || Date.now() - kept.savedAt > KEEP_MS) return null;
    return { personId, savedAt: kept.savedAt, wire: kept.wire ?? {}, typed: kept.typed ?? {} };
  } catch {
    return null;
  }
}

/** The kept answers as the API takes them ({} when none). */
export function keptAnswers(personId: string | null | undefined): Record<string, unknown> {
  return read(personId)?.wire ?? {};
}

/** The kept answers as typed, to fill a form ({} when none). */
export function keptTyped(personId: string | null | undefined): Record<string, string> {
  return read(personId)?.typed ?? {};
}

/** Adds answers to those kept for this person (a newer answer replaces an older one). */
export function keepAnswers(personId: string | null | undefined, wire: Record<string, unknown>, typed: Record<string, string>): void {
  if (!personId) return;
  const before = read(personId);
  const kept: Kept = {
    personId,
    savedAt: Date.now(),
    wire: { ...(before?.wire ?? {}), ...wire },
    typed: { ...(before?.typed ?? {}), ...typed },
  };
  try {
    localStorage.setItem(KEY, JSON.stringify(kept));
  } catch {
    // Private mode or a full store: the answers are simply not kept.
  }
}

/** Forgets every kept answer (sign-out, or the worker's "clear" button). */
export function forgetAnswers(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing kept.
  }
}
