import { Button, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { UI_LOCALES, type UiLocale } from '@peerhub/contracts';
import { IconCheck, IconLanguage } from '@tabler/icons-react';
import { useIntl } from 'react-intl';
import { updateProfile } from '../features/profile/api/update-profile';
import { sessionStore, useSession } from '../lib/session';
import { localeStore, useLocale } from './locale-store';

/** Each language named in itself, so a person who cannot read the current one still finds theirs. */
const NATIVE_NAMES: Record<UiLocale, string> = { en: 'English', ru: 'Русский', kk: 'Қазақша' };

/** Switches the language from any page; when signed in it is saved with the person, for their mails too. */
/** compact: the language's code ("EN") where the header is tight; its name is still read out. */
export function LanguageMenu({ compact = false }: { compact?: boolean }) {
  const intl = useIntl();
  const { locale } = useLocale();
  const { person } = useSession();

  async function choose(next: UiLocale): Promise<void> {
    await localeStore.set(next);
    if (!person || person.locale === next) return;
    try {
      sessionStore.updatePerson(await updateProfile({ locale: next }));
    } catch {
      notifications.show({ color: 'yellow', message: intl.formatMessage({ id: 'language.saveFailed' }) });
    }
  }

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="subtle" color="gray" size="xs" leftSection={<IconLanguage size={16} aria-hidden />}>
          {/* The name read out contains what is seen ("Language: EN (English)"), as WCAG 2.5.3 asks. */}
          <span className="visually-hidden">{intl.formatMessage({ id: 'language.choose' })}: </span>
          {compact ? locale.toUpperCase() : NATIVE_NAMES[locale]}
          {compact && <span className="visually-hidden"> ({NATIVE_NAMES[locale]})</span>}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {UI_LOCALES.map((l) => (
          <Menu.Item key={l} lang={l} onClick={() => void choose(l)} rightSection={l === locale ? <IconCheck size={14} aria-hidden /> : null} aria-current={l === locale ? 'true' : undefined}>
            {NATIVE_NAMES[l]}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
