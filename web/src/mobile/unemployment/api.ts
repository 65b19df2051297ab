/** The worker's own unemployment registrations (src/http/routes/unemployment.ts, /me/unemployment-registrations). */
import { api } from '../../api/client';
import type { PlaceKind, Registration } from '../../api/unemployment';

export const myRegistrations = () => api.get<{ items: Registration[] }>('/me/unemployment-registrations');

/** Registers me at the office (county code) I am at; `placeKind` when I chose one of my own places. */
export const registerMe = (officeCode: string, placeKind?: PlaceKind) =>
  api.post<Registration>('/me/unemployment-registrations', { officeCode, ...(placeKind ? { placeKind } : {}) });
