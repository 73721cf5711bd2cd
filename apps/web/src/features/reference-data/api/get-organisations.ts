import { OrganisationList } from '@peerhub/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { countryName } from '../../../components/ui/country';
import { currentFormattingLocale } from '../../../i18n/locale-store';

export const getOrganisations = () => apiRequest('/api/organisations', { schema: OrganisationList });

export const organisationsQueryOptions = () => queryOptions({ queryKey: ['organisations'], queryFn: getOrganisations, staleTime: 10 * 60_000 });

export const useOrganisations = () => useQuery(organisationsQueryOptions());

/** Organisations grouped by country (in the page's alphabetical order), for a Select. */
export function useOrganisationOptions(): Array<{ group: string; items: Array<{ value: string; label: string }> }> {
  const { data } = useOrganisations();
  const groups = new Map<string, Array<{ value: string; label: string }>>();
  for (const o of data?.items ?? []) {
    const group = countryName(o.country);
    groups.set(group, [...(groups.get(group) ?? []), { value: o.id, label: o.name }]);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b, currentFormattingLocale())).map(([group, items]) => ({ group, items }));
}
