import { AllianceRole, LANGUAGES, TOPICS } from '@peerhub/contracts';

const TOPIC_NAMES = new Map<string, string>(TOPICS.map((t) => [t.slug, t.name]));
const LANGUAGE_NAMES = new Map<string, string>(LANGUAGES.map((l) => [l.code, l.name]));
const ROLE_NAMES: Record<AllianceRole, string> = { member: 'Member', expert: 'Expert', coordinator: 'Coordinator' };

export const topicName = (slug: string): string => TOPIC_NAMES.get(slug) ?? slug;
export const languageName = (code: string): string => LANGUAGE_NAMES.get(code) ?? code;
export const roleName = (role: AllianceRole): string => ROLE_NAMES[role];

export const TOPIC_OPTIONS = TOPICS.map((t) => ({ value: t.slug, label: t.name }));
export const LANGUAGE_OPTIONS = LANGUAGES.map((l) => ({ value: l.code, label: l.name === l.nativeName ? l.name : `${l.name} (${l.nativeName})` }));
export const ROLE_OPTIONS = AllianceRole.options.map((role) => ({ value: role, label: ROLE_NAMES[role] }));

/** Every IANA zone this browser knows (the API checks the same way). */
export const TIME_ZONES: string[] = (() => {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return zones.includes('UTC') ? zones : ['UTC', ...zones];
})();

export function browserTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && TIME_ZONES.includes(zone) ? zone : 'UTC';
}

export function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
}

export function formatDateTime(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}
