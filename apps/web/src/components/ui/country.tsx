import { Group, Text, Tooltip } from '@mantine/core';
import { COUNTRIES, type CountryCode } from '@peerhub/contracts';
import { AM, AZ, EE, GE, KZ, KG, UZ, TJ, TM, MD, MN, UA, BY, RU, TR, LV, LT, FI, FR, DE, GB, US, KR, SG, CN, JP, IN } from 'country-flag-icons/react/3x2';
import type { FlagComponent } from 'country-flag-icons/react/3x2';
import { displayRegion } from '../../i18n/format';
import { t } from '../../i18n/locale-store';

// Named imports keep only these flags in the bundle; a country added to the contracts without a flag shows a grey box.
const FLAGS: Partial<Record<CountryCode, FlagComponent>> = { AM, AZ, EE, GE, KZ, KG, UZ, TJ, TM, MD, MN, UA, BY, RU, TR, LV, LT, FI, FR, DE, GB, US, KR, SG, CN, JP, IN };

/** The country's name in the page's language (from the browser's Intl data). */
export function countryName(code: string | null | undefined): string {
  if (!code) return t('country.international');
  return displayRegion(code);
}

/** A bundled SVG flag (no emoji fonts or CDNs needed); decorative, the name or code is always beside it. */
export function Flag({ code, size = 18 }: { code: string | null | undefined; size?: number }) {
  const Svg = code ? FLAGS[code as CountryCode] : undefined;
  const style = { width: size * 1.5, height: size, borderRadius: 2, boxShadow: '0 0 0 1px var(--mantine-color-gray-3)', flex: 'none' } as const;
  if (!Svg) return <span aria-hidden style={{ ...style, display: 'inline-block', background: 'var(--mantine-color-gray-2)' }} />;
  return <Svg aria-hidden focusable="false" style={style} />;
}

/** Flag + ISO code, the name on hover and for screen readers. */
export function CountryTag({ code }: { code: CountryCode | null }) {
  return (
    <Tooltip label={countryName(code)} withArrow openDelay={200}>
      <Group gap={6} wrap="nowrap" component="span" style={{ display: 'inline-flex' }} role="img" aria-label={countryName(code)}>
        <Flag code={code} size={14} />
        <Text span size="sm" fw={500} aria-hidden>
          {code ?? 'INT'}
        </Text>
      </Group>
    </Tooltip>
  );
}

/** Flag + full name. */
export function CountryName({ code, size = 'sm' }: { code: CountryCode | null; size?: string }) {
  return (
    <Group gap={8} wrap="nowrap" component="span" style={{ display: 'inline-flex' }}>
      <Flag code={code} size={14} />
      <Text span size={size}>
        {countryName(code)}
      </Text>
    </Group>
  );
}

/** Built when used, so the names follow the page's language. */
export const countryOptions = () => COUNTRIES.map((c) => ({ value: c.code, label: countryName(c.code) }));
