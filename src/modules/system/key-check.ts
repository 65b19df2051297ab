/**
 * Binds a database to its personal-data key: the key's fingerprint is stored on first start, and a
 * later start (or a restored backup) with another key is refused before any value is misread.
 */
import type { Deps } from '../deps.js';
import { isoInstant } from '../../core/clock.js';
import { getSetting, putSetting } from './settings.repository.js';

export const KEY_FINGERPRINT = 'pii.key_fingerprint';

export class WrongKeyError extends Error {}

export async function checkKeyFingerprint(deps: Pick<Deps, 'db' | 'pii' | 'clock'>): Promise<void> {
  const stored = await getSetting(deps.db.kysely, KEY_FINGERPRINT);
  if (stored === undefined) {
    await putSetting(deps.db.kysely, KEY_FINGERPRINT, deps.pii.fingerprint, isoInstant(deps.clock.now()));
    return;
  }
  if (stored !== deps.pii.fingerprint) {
    throw new WrongKeyError(
      `this database was encrypted with another key (fingerprint ${stored}, current key ${deps.pii.fingerprint}); ` +
        'set WUGONG_KEY or WUGONG_KEY_FILE to the key that belongs to it',
    );
  }
}
