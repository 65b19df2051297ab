/**
 * The React part of the phone pages, loaded after the sign-in page (decision 191): react-query,
 * the session (seeded with the sign-in answer, so no second round trip), and the router.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Route, Routes } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ApiError, setCsrfToken } from '../api/client';
import { AuthProvider } from '../auth/AuthContext';
import type { Me } from '../api/types';
import MobileApp from './MobileApp';

export function mountApp(container: HTMLElement, me: Me | null): void {
  const client = new QueryClient({
    defaultOptions: {
      queries: {
        retry: (count, err) => !(err instanceof ApiError && err.status >= 400 && err.status < 500) && count < 2,
        refetchOnWindowFocus: false,
      },
    },
  });
  // The sign-in page is a separate module with its own API client: hand its session on.
  if (me) {
    setCsrfToken(me.csrfToken);
    client.setQueryData(['auth', 'me'], me);
  }
  container.replaceChildren();
  createRoot(container).render(
    <StrictMode>
      <QueryClientProvider client={client}>
        <AuthProvider>
          <BrowserRouter>
            <Routes>
              <Route path="/m/*" element={<MobileApp />} />
            </Routes>
          </BrowserRouter>
        </AuthProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
}
