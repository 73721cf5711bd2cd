import { DatesProvider } from '@mantine/dates';
import type { ReactNode } from 'react';
import { RawIntlProvider } from 'react-intl';
import { useLocale } from './locale-store';

/**
 * Everything below speaks the chosen language. A switch re-mounts the tree (keyed by locale), so
 * texts built outside components (labels, options) are rebuilt too; the URL and the data cache stay.
 */
export function I18nProvider({ children }: { children: ReactNode }) {
  const { locale, intl } = useLocale();
  return (
    <RawIntlProvider value={intl} key={locale}>
      <DatesProvider settings={{ locale }}>{children}</DatesProvider>
    </RawIntlProvider>
  );
}
