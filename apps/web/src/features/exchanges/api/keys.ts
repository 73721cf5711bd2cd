import { useQueryClient } from '@tanstack/react-query';

/** Every exchange query starts with ['exchanges']; one exchange's queries with ['exchanges', 'one', id]. */
export const exchangeKeys = {
  all: ['exchanges'] as const,
  lists: ['exchanges', 'list'] as const,
  one: (id: string) => ['exchanges', 'one', id] as const,
  part: (id: string, part: string) => ['exchanges', 'one', id, part] as const,
};

/** After a change to an exchange: it, its parts (participants, poll, afterwards) and every list it may appear in. */
export function useInvalidateExchange() {
  const queryClient = useQueryClient();
  return (id: string) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: exchangeKeys.one(id) }),
      queryClient.invalidateQueries({ queryKey: exchangeKeys.lists }),
      queryClient.invalidateQueries({ queryKey: ['conversations', 'exchange', id] }),
    ]);
}
