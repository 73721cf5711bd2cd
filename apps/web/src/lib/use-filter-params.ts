import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';

export type FilterChanges = Record<string, string | null>;

/**
 * A list's filters kept in the address (?topic=…&page=…), so a filtered list can be shared and
 * bookmarked. Changing a filter goes back to the first page, unless the change is a page itself
 * (`pageKeys`: e.g. 'page', or 'minePage' for a second list on the same page).
 */
export function useFilterParams(pageKeys: readonly string[] = ['page']): { params: URLSearchParams; update: (changes: FilterChanges) => void; clear: () => void } {
  const [params, setParams] = useSearchParams();
  const update = useCallback(
    (changes: FilterChanges) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(changes)) {
            if (value) next.set(key, value);
            else next.delete(key);
          }
          if (!Object.keys(changes).some((key) => pageKeys.includes(key))) next.delete('page');
          return next;
        },
        { replace: true },
      );
    },
    [setParams, pageKeys],
  );
  const clear = useCallback(() => setParams(new URLSearchParams(), { replace: true }), [setParams]);
  return { params, update, clear };
}

/** The search box of such a list: what is typed reaches the address (?q=) once typing pauses. */
export function useSearchBox(params: URLSearchParams, update: (changes: FilterChanges) => void, key = 'q'): [string, (value: string) => void] {
  const [search, setSearch] = useState(params.get(key) ?? '');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  useEffect(() => {
    if ((params.get(key) ?? '') !== debounced) update({ [key]: debounced || null });
    // Only the typed search drives this; the address is read, not watched.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);
  return [search, setSearch];
}
