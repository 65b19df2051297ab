/**
 * Shared formatting for the staff app (and any page that wants it): money in yuan (stored in fen),
 * rates in per cent (stored in basis points), Beijing time, and place names for division codes.
 * Components built on these: web/src/components/{YuanInput,PlaceName,Instant,Money}.tsx.
 */
export * from './money';
export * from './rate';
export * from './time';
export * from './place';
