import { ConversationSummary, type CreateDirectConversation } from '@peerhub/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const createDirectConversation = (body: CreateDirectConversation) =>
  apiRequest('/api/conversations/direct', { method: 'POST', body, schema: ConversationSummary });

export function useCreateDirectConversation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: createDirectConversation,
    onSuccess: () => client.invalidateQueries({ queryKey: ['conversations', 'list'] }),
  });
}
