/** The regions index as the people module uses it (one place to swap it, e.g. in tests). */
import { isDivisionCode, isPlausibleAddressCode } from '../regions/index.js';
import type { DivisionRules } from './person.validate.js';

/** Division rules backed by the in-memory regions index. */
export const regionDivisionRules: DivisionRules = { isDivisionCode, isPlausibleAddressCode };
