import { z } from 'zod';
import { COUNTRY_CODES } from './countries';
import { LANGUAGE_CODES } from './languages';

export const Id = z.uuid();
export type Id = z.infer<typeof Id>;

/** Trimmed and lower-cased before it is checked, so "Kadri.Tamm@RIA.ee " and "kadri.tamm@ria.ee" are one address. */
export const Email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: 'Enter a valid e-mail address' }).max(254));

/** ISO 3166-1 alpha-2, upper case, limited to the countries the platform knows. */
export const CountryCode = z.enum(COUNTRY_CODES, { error: 'Unknown country code (use ISO 3166-1 alpha-2, e.g. "KZ")' });
export type CountryCode = z.infer<typeof CountryCode>;

/** ISO 639-1 language code. */
export const LanguageCode = z.enum(LANGUAGE_CODES, { error: 'Unknown language code (use ISO 639-1, e.g. "ru")' });
export type LanguageCode = z.infer<typeof LanguageCode>;

/** Whether this runtime (Node or browser) knows the IANA zone; offsets typed by hand are refused. */
export function isKnownTimeZone(zone: string): boolean {
  if (!zone.includes('/') && zone !== 'UTC') return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const TimeZone = z
  .string()
  .min(1)
  .refine(isKnownTimeZone, { error: 'Unknown time zone (use an IANA name such as "Asia/Almaty")' });

export const Password = z
  .string()
  .min(10, { error: 'Use at least 10 characters' })
  .max(200, { error: 'Use at most 200 characters' });

export const Slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

export const Timestamp = z.iso.datetime({ offset: true });
