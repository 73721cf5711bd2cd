import { Group, Text } from '@mantine/core';
import type { CountryCode } from '@peerhub/contracts';
import { useIntl } from 'react-intl';
import { CountryTag, countryName } from '../../../components/ui/country';

/** The member countries of an alliance as flags with their codes. */
export function CountryFlags({ countries }: { countries: readonly CountryCode[] }) {
  const intl = useIntl();
  return (
    <Group gap="xs" aria-label={intl.formatMessage({ id: 'alliances.flags.label' }, { countries: countries.map((c) => countryName(c)).join(', ') })} role="group">
      {countries.length === 0 ? (
        <Text size="sm" c="dimmed">
          {intl.formatMessage({ id: 'alliances.flags.none' })}
        </Text>
      ) : (
        countries.map((c) => <CountryTag key={c} code={c} />)
      )}
    </Group>
  );
}
