/**
 * The signed-in user: /auth/me through react-query, sign-in and sign-out, and the permission
 * list from the server that decides which menus show (the server still checks every call).
 */
import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, onUnauthenticated, request, setCsrfToken } from '../api/client';
import type { Me, Ok } from '../api/types';

export interface AuthState {
  me: Me | null;
  loading: boolean;
  can(permission: string): boolean;
  login(username: string, password: string): Promise<Me>;
  logout(): Promise<void>;
  /** Reloads /auth/me (after a password change). */
  refresh(): Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);
const ME_KEY = ['auth', 'me'];

async function fetchMe(): Promise<Me | null> {
  try {
    const me = await request<Me>('GET', '/auth/me', { redirectOn401: false });
    setCsrfToken(me.csrfToken);
    return me;
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw err;
  }
}

/** Provides the auth state to the app. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const query = useQuery({ queryKey: ME_KEY, queryFn: fetchMe, retry: false, staleTime: 60_000 });

  useEffect(
    () =>
      onUnauthenticated(() => {
        setCsrfToken(null);
        client.setQueryData(ME_KEY, null);
      }),
    [client],
  );

  const value = useMemo<AuthState>(() => {
    const me = query.data ?? null;
    return {
      me,
      loading: query.isPending,
      can: (permission) => me?.permissions.includes(permission) ?? false,
      async login(username, password) {
        const fresh = await request<Me>('POST', '/auth/login', { body: { username, password }, redirectOn401: false });
        setCsrfToken(fresh.csrfToken);
        client.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
        client.setQueryData(ME_KEY, fresh);
        return fresh;
      },
      async logout() {
        await request<Ok>('POST', '/auth/logout', { body: {}, redirectOn401: false }).catch(() => undefined);
        setCsrfToken(null);
        client.clear();
        client.setQueryData(ME_KEY, null);
      },
      async refresh() {
        await client.invalidateQueries({ queryKey: ME_KEY });
      },
    };
  }, [query.data, query.isPending, client]);

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

/** The auth state; only inside <AuthProvider>. */
export function useAuth(): AuthState {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth outside AuthProvider');
  return ctx;
}
