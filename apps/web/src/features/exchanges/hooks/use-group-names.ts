import { useMemo } from 'react';
import { useGroups } from '../../groups';

/** The names of the peer groups I can see (in all my alliances), to name an exchange's linked groups. */
export function useGroupNames(): Map<string, string> {
  const groups = useGroups({ pageSize: 100 });
  return useMemo(() => new Map((groups.data?.items ?? []).map((g) => [g.id, g.name])), [groups.data]);
}
