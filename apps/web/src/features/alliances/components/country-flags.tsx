import { Group, Text } from '@mantine/core';
import type { CountryCode } from '@peerhub/contracts';
import { CountryTag, countryName } from '../../../components/ui/country';

/** The member countries of an alliance as flags with their codes. */
export function CountryFlags({ countries }: { countries: readonly CountryCode[] }) {
  return (
    <Group gap="xs" aria-label={`Member countries: ${countries.map((c) => countryName(c)).join(', ')}`} role="group">
      {countries.length === 0 ? (
        <Text size="sm" c="dimmed">
          No member countries yet
        </Text>
      ) : (
        countries.map((c) => <CountryTag key={c} code={c} />)
      )}
    </Group>
  );
}
