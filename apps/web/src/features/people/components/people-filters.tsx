import { Button, Card, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { countryOptions } from '../../../components/ui/country';
import { languageOptions, roleOptions, topicOptions } from '../../../components/ui/labels';

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
  const select = (key: FilterKey, label: string, data: Array<{ value: string; label: string }>) => (
    <Select label={label} data={data} value={values[key] ?? null} onChange={(v) => onChange(key, v)} clearable searchable placeholder="Any" comboboxProps={{ withinPortal: true }} />
  );
  const anyFilter = search !== '' || Object.values(values).some(Boolean);
  return (
    <Card withBorder padding="md" mb="lg" component="section" role="search" aria-label="Filter people">
      <TextInput
        label="Search by name"
        placeholder="Name, organisation or position"
        leftSection={<IconSearch size={16} aria-hidden />}
        value={search}
        onChange={(e) => onSearch(e.currentTarget.value)}
        mb="sm"
        type="search"
      />
      <SimpleGrid cols={{ base: 2, md: 5 }} spacing="sm">
        {select('country', 'Country', countryOptions())}
        {select('topic', 'Topic', topicOptions())}
        {select('language', 'Language', languageOptions())}
        {select('role', 'Role', roleOptions())}
        {select('allianceId', 'Alliance', allianceOptions)}
      </SimpleGrid>
      {anyFilter && (
        <Group justify="flex-end" mt="sm">
          <Button variant="subtle" size="xs" onClick={onClear}>
            Clear all filters
          </Button>
        </Group>
      )}
    </Card>
  );
}
