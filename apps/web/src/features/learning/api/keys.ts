import { useQueryClient } from '@tanstack/react-query';

/** Every learning query starts with ['learning']: needs (lists, one need and its parts) and my proposals. */
export const learningKeys = {
  all: ['learning'] as const,
  needLists: ['learning', 'needs', 'list'] as const,
  need: (id: string) => ['learning', 'needs', 'one', id] as const,
  needPart: (id: string, part: 'suggestions' | 'proposals') => ['learning', 'needs', 'one', id, part] as const,
  myProposals: ['learning', 'proposals', 'mine'] as const,
};

/**
 * After a change in the learning cycle: every learning query; an answer that completes a match also
 * creates a peer group and a draft exchange, so their lists are refreshed too.
 */
export function useInvalidateLearning() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: learningKeys.all }),
      queryClient.invalidateQueries({ queryKey: ['groups'] }),
      queryClient.invalidateQueries({ queryKey: ['exchanges'] }),
    ]);
}
