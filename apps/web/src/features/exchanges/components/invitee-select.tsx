import { MultiSelect } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { countryName } from '../../../components/ui/country';
import { usePeople } from '../../people';

interface Known {
  id: string;
  name: string;
  country: string | null;
}

const label = (p: Known) => (p.country ? `${p.name} (${countryName(p.country)})` : p.name);

/**
 * People of the alliance invited by name: searched on the server as one types; the names of the
 * people already chosen are kept, so they stay shown whatever the current search finds.
 */
export function InviteeSelect({
  allianceId,
  initial,
  value,
  onChange,
  error,
}: {
  allianceId: string;
  initial: Known[];
  value: string[];
  onChange: (ids: string[]) => void;
  error?: ReactNode;
}) {
  const intl = useIntl();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const people = usePeople({ allianceId, pageSize: 50, ...(q ? { q } : {}) });
  // The people chosen keep their names (from the exchange, or from the search they were picked in).
  const [known, setKnown] = useState<Map<string, Known>>(() => new Map(initial.map((p) => [p.id, p])));
  const found = people.data?.items;
  const options = useMemo(() => {
    const all = new Map(known);
    for (const p of found ?? []) all.set(p.id, { id: p.id, name: p.name, country: p.country });
    return [...all.values()].filter((p) => value.includes(p.id) || found?.some((f) => f.id === p.id)).map((p) => ({ value: p.id, label: label(p) }));
  }, [value, found, known]);
  const choose = (ids: string[]) => {
    const next = new Map(known);
    for (const p of found ?? []) if (ids.includes(p.id)) next.set(p.id, { id: p.id, name: p.name, country: p.country });
    setKnown(next);
    onChange(ids);
  };

  return (
    <MultiSelect
      label={intl.formatMessage({ id: 'exchanges.invitees.label' })}
      description={intl.formatMessage({ id: 'exchanges.invitees.description' })}
      data={options}
      value={value}
      onChange={choose}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      clearable
      maxValues={200}
      nothingFoundMessage={people.isFetching ? intl.formatMessage({ id: 'exchanges.invitees.searching' }) : intl.formatMessage({ id: 'exchanges.invitees.nothingFound' })}
      placeholder={value.length ? undefined : intl.formatMessage({ id: 'exchanges.invitees.placeholder' })}
      error={error}
    />
  );
}
