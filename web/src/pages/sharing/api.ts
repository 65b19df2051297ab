/** Calls and types of labour sharing (src/http/routes/sharing.ts, decisions 194-197). */
import { api } from '../../api/client';
import type { BodyOf, ResponseOf } from '../../api/schema';

export type Listing = ResponseOf<'/sharing/listings/{id}', 'get'>;
export type Proposal = ResponseOf<'/sharing/proposals', 'get'>['items'][number];
export type Agreement = ResponseOf<'/sharing/agreements/{id}', 'get'>;
export type ListingBody = BodyOf<'/sharing/listings', 'post'>;
export type AgreementBody = BodyOf<'/sharing/agreements', 'post'>;

export const sharingApi = {
  listings: (q: { side?: 'offer' | 'request'; status?: Listing['status'] } = {}) =>
    api.get<{ items: Listing[] }>('/sharing/listings', { ...q, pageSize: 200 }),
  createListing: (body: ListingBody) => api.post<Listing>('/sharing/listings', body),
  closeListing: (l: Listing) => api.post<Listing>(`/sharing/listings/${l.id}/close`, { version: l.version }),
  proposals: () => api.get<{ items: Proposal[] }>('/sharing/proposals'),
  agreements: () => api.get<{ items: Agreement[] }>('/sharing/agreements', { pageSize: 200 }),
  createAgreement: (body: AgreementBody) => api.post<Agreement>('/sharing/agreements', body),
  send: (a: Agreement) => api.post<Agreement>(`/sharing/agreements/${a.id}/send`, { version: a.version }),
  cancel: (a: Agreement) => api.post<Agreement>(`/sharing/agreements/${a.id}/cancel`, { version: a.version }),
};
