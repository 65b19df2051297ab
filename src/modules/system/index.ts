/**
 * The system module's face: settings, idempotent requests, the outbox of side effects, the SMS
 * sender, the data-key fingerprint check and the shared request counts.
 */
export { readSetting, writeSetting } from './settings.js';
export {
  createIdempotencyService,
  requestFingerprint,
  IDEMPOTENCY_RETENTION_HOURS,
  type IdempotencyService,
} from './idempotency.service.js';
export { createOutboxService, type OutboxHandler, type OutboxMessage, type OutboxService } from './outbox.service.js';
export { createLogSmsSender, oneTimeCode, type SmsMessage, type SmsSender } from './sms.js';
export { checkKeyFingerprint, KEY_FINGERPRINT, WrongKeyError } from './key-check.js';
export { createRateCounter, fixedWindow, RATE_PRUNE_BATCH, type RateCounter } from './rate-counts.service.js';
