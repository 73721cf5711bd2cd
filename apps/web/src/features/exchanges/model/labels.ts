import { ExchangeFormat, ExchangeType, type ExchangeStatus, type RegistrationStatus } from '@peerhub/contracts';
import { browserTimeZone } from '../../../components/ui/labels';
import { t } from '../../../i18n/locale-store';

// Functions, not constants: the names are given in the language on screen.
export const typeName = (type: ExchangeType): string => t(`exchanges.type.${type}`);
export const typeOptions = () => ExchangeType.options.map((value) => ({ value, label: typeName(value) }));

export const formatName = (format: ExchangeFormat): string => t(`exchanges.format.${format}`);
export const formatOptions = () => ExchangeFormat.options.map((value) => ({ value, label: formatName(value) }));

export const statusName = (status: ExchangeStatus): string => t(`exchanges.status.${status}`);
export const STATUS_COLORS: Record<ExchangeStatus, string> = { draft: 'yellow', published: 'peerhub', cancelled: 'red', completed: 'gray' };

export const myStatusName = (status: RegistrationStatus): string => t(`exchanges.myStatus.${status}`);
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
