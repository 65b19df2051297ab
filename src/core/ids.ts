import { randomUUID } from 'node:crypto';

/** New opaque record id. Text UUIDs keep ids unique across shards and merges. */
export function newId(): string {
  return randomUUID();
}
