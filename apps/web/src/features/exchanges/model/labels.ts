import type { ExchangeFormat, ExchangeStatus, ExchangeType, RegistrationStatus } from '@peerhub/contracts';
import { browserTimeZone } from '../../../components/ui/labels';

export const TYPE_NAMES: Record<ExchangeType, string> = {
  workshop: 'Workshop',
  'study-visit': 'Study visit',
  webinar: 'Webinar',
  'expert-mission': 'Expert mission',
  conference: 'Conference',
};
export const TYPE_OPTIONS = Object.entries(TYPE_NAMES).map(([value, label]) => ({ value, label }));

export const FORMAT_NAMES: Record<ExchangeFormat, string> = { 'in-person': 'In person', online: 'Online', hybrid: 'Hybrid' };
export const FORMAT_OPTIONS = Object.entries(FORMAT_NAMES).map(([value, label]) => ({ value, label }));

export const STATUS_NAMES: Record<ExchangeStatus, string> = { draft: 'Draft', published: 'Published', cancelled: 'Cancelled', completed: 'Completed' };
export const STATUS_COLORS: Record<ExchangeStatus, string> = { draft: 'yellow', published: 'peerhub', cancelled: 'red', completed: 'gray' };

export const MY_STATUS_NAMES: Record<RegistrationStatus, string> = {
  going: 'Going',
  maybe: 'Maybe',
  declined: "Can't go",
  waitlisted: 'Waitlist',
  'pending-approval': 'Awaiting approval',
};
export const MY_STATUS_COLORS: Record<RegistrationStatus, string> = { going: 'green', maybe: 'blue', declined: 'gray', waitlisted: 'orange', 'pending-approval': 'orange' };

/** The main zone of the alliance's host countries; elsewhere the browser's. */
const MAIN_ZONES: Record<string, string> = {
  AM: 'Asia/Yerevan',
  AZ: 'Asia/Baku',
  EE: 'Europe/Tallinn',
  GE: 'Asia/Tbilisi',
  KZ: 'Asia/Almaty',
  KG: 'Asia/Bishkek',
  UZ: 'Asia/Tashkent',
};
export const mainZoneOf = (country: string | null | undefined): string => (country && MAIN_ZONES[country]) || browserTimeZone();
