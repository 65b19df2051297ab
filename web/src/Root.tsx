/** Providers: antd (locale and direction follow the language, accessible theme), react-query, auth, router. */
import { App as AntApp, ConfigProvider } from 'antd';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from './api/client';
import { AuthProvider } from './auth/AuthContext';
import { languageOf } from './i18n/languages';
import { AppRoutes } from './routes';
import { staffTheme } from './layout/theme';
import './layout/app.css';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Refusals (4xx) are answers, not glitches: do not retry them.
      retry: (count, err) => !(err instanceof ApiError && err.status >= 400 && err.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

export function Root() {
  const { i18n } = useTranslation();
  const lang = languageOf(i18n.language);
  return (
    <ConfigProvider locale={lang.antd} direction={lang.dir} theme={staffTheme} button={{ autoInsertSpace: false }}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <AuthProvider>
            <BrowserRouter>
              <AppRoutes />
            </BrowserRouter>
          </AuthProvider>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
