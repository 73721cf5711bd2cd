import { AllianceRole, LANGUAGES, TOPICS, type TopicSlug } from '@peerhub/contracts';
import { displayLanguage } from '../../i18n/format';
import { t } from '../../i18n/locale-store';

export { formatDate, formatDateTime } from '../../i18n/format';

export const topicName = (slug: string): string => (TOPICS.some((topic) => topic.slug === slug) ? t(`topic.${slug as TopicSlug}`) : slug);
/** A language in the page's language, with its own name beside it when they differ: "Kazakh (Қазақ тілі)". */
export const languageName = (code: string): string => displayLanguage(code);
export const roleName = (role: AllianceRole): string => t(`role.${role}`);

// Functions, not constants: the options are built in the language on screen.
export const topicOptions = () => TOPICS.map((topic) => ({ value: topic.slug, label: topicName(topic.slug) }));
export const languageOptions = () =>
  LANGUAGES.map((l) => {
    const name = displayLanguage(l.code);
    return { value: l.code, label: name.toLowerCase() === l.nativeName.toLowerCase() ? name : `${name} (${l.nativeName})` };
  });
export const roleOptions = () => AllianceRole.options.map((role) => ({ value: role, label: roleName(role) }));

/** Every IANA zone this browser knows (the API checks the same way). */
export const TIME_ZONES: string[] = (() => {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return zones.includes('UTC') ? zones : ['UTC', ...zones];
})();

export function browserTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && TIME_ZONES.includes(zone) ? zone : 'UTC';
}
