import { Button, Card, Group, Select, SimpleGrid } from '@mantine/core';
import { useIntl } from 'react-intl';
import { countryOptions } from '../../../components/ui/country';
import { languageOptions, roleOptions, topicOptions } from '../../../components/ui/labels';
import { SearchInput } from '../../../components/ui/search-input';

export type FilterKey = 'country' | 'topic' | 'language' | 'role' | 'allianceId';

export function PeopleFilters({
  search,
  onSearch,
  values,
  onChange,
  onClear,
  allianceOptions,
}: {
  search: string;
  onSearch: (value: string) => void;
  values: Partial<Record<FilterKey, string>>;
  onChange: (key: FilterKey, value: string | null) => void;
  onClear: () => void;
  allianceOptions: Array<{ value: string; label: string }>;
}) {
  const intl = useIntl();
  const select = (key: FilterKey, label: string, data: Array<{ value: string; label: string }>) => (
    <Select label={label} data={data} value={values[key] ?? null} onChange={(v) => onChange(key, v)} clearable searchable placeholder={intl.formatMessage({ id: 'people.filters.any' })} comboboxProps={{ withinPortal: true }} />
  );
  const anyFilter = search !== '' || Object.values(values).some(Boolean);
  return (
    <Card withBorder padding="md" mb="lg" component="section" role="search" aria-label={intl.formatMessage({ id: 'people.filters.label' })}>
      <SearchInput
        label={intl.formatMessage({ id: 'people.filters.search' })}
        placeholder={intl.formatMessage({ id: 'people.filters.searchPlaceholder' })}
        value={search}
        onSearch={onSearch}
        mb="sm"
      />
      <SimpleGrid cols={{ base: 2, md: 5 }} spacing="sm">
        {select('country', intl.formatMessage({ id: 'people.filters.country' }), countryOptions())}
        {select('topic', intl.formatMessage({ id: 'people.filters.topic' }), topicOptions())}
        {select('language', intl.formatMessage({ id: 'people.filters.language' }), languageOptions())}
        {select('role', intl.formatMessage({ id: 'people.filters.role' }), roleOptions())}
        {select('allianceId', intl.formatMessage({ id: 'people.filters.alliance' }), allianceOptions)}
      </SimpleGrid>
      {anyFilter && (
        <Group justify="flex-end" mt="sm">
          <Button variant="subtle" size="xs" onClick={onClear}>
            {intl.formatMessage({ id: 'people.filters.clear' })}
          </Button>
        </Group>
      )}
    </Card>
  );
}
