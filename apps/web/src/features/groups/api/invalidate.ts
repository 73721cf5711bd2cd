import { useQueryClient } from '@tanstack/react-query';

/** After a change to who is in a group: every group query, and the alliance figures that count members. */
export function useInvalidateGroups() {
  const queryClient = useQueryClient();
  return () => Promise.all([queryClient.invalidateQueries({ queryKey: ['groups'] }), queryClient.invalidateQueries({ queryKey: ['alliances'] })]);
}
