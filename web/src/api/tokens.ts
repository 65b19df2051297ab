/** Calls of personal API tokens (src/http/routes/auth.ts) and of an account's tokens (src/http/routes/users.ts). */
import { api } from './client';
import type { BodyOf, ResponseOf } from './schema';
import type { Ok, User } from './types';

/** A token as listed (never its secret). */
export type ApiToken = ResponseOf<'/auth/tokens', 'get'>['items'][number];
export type ApiTokenStatus = ApiToken['status'];
export type NewToken = BodyOf<'/auth/tokens', 'post'>;
/** The answer of minting: the secret, shown once. */
export type MintedToken = ResponseOf<'/auth/tokens', 'post'>;
export type PasswordChanged = ResponseOf<'/auth/password', 'post'>;

export const myTokens = () => api.get<ResponseOf<'/auth/tokens', 'get'>>('/auth/tokens');
export const createToken = (body: NewToken) => api.post<MintedToken>('/auth/tokens', body);
export const revokeMyToken = (id: string) => api.delete<Ok>(`/auth/tokens/${id}`);

export const getAccount = (userId: string) => api.get<User>(`/users/${userId}`);
export const accountTokens = (userId: string) => api.get<ResponseOf<'/users/{id}/tokens', 'get'>>(`/users/${userId}/tokens`);
export const revokeAccountToken = (userId: string, id: string) => api.delete<Ok>(`/users/${userId}/tokens/${id}`);
