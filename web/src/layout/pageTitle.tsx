/**
 * One page-title and heading pattern for every staff page (WCAG 2.4.2, 2.4.6, 1.3.1):
 * the frame (AppLayout) renders the page's single <h1> and sets document.title to
 * "<title> · 务工"; after a navigation focus moves to that heading (tabIndex -1) so a screen
 * reader announces the new page and Tab continues from the content.
 *
 * By default the title is the menu entry of the route (navigation.tsx). A page with its own
 * title (a person's name, a claim's number) calls:
 *
 *   usePageTitle(person?.name);        // undefined keeps the menu entry's title while loading
 *
 * Pages outside the frame (sign-in, forced password change) render their own <h1> and call
 * useDocumentTitle(text).
 */
import { createContext, useContext, useEffect } from 'react';
import { useTranslation } from 'react-i18next';

type SetTitle = (title: string | undefined) => void;

export const PageTitleContext = createContext<SetTitle>(() => undefined);

/** Sets the current page's <h1> and document title (inside AppLayout). */
export function usePageTitle(title: string | null | undefined): void {
  const set = useContext(PageTitleContext);
  useEffect(() => {
    set(title ?? undefined);
    return () => set(undefined);
  }, [set, title]);
}

/** Sets document.title to "<title> · 务工" (pages outside AppLayout). */
export function useDocumentTitle(title: string | null | undefined): void {
  const { t } = useTranslation();
  const app = t('meta.appName');
  useEffect(() => {
    document.title = title ? `${title} · ${app}` : app;
  }, [title, app]);
}
