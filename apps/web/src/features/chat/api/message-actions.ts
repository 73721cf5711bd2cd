import { Message } from '@peerhub/contracts';
import { apiRequest } from '../../../lib/api-client';

const messagePath = (id: string) => `/api/messages/${encodeURIComponent(id)}`;

/** Edit my message; the answer (and the live 'message:updated') carries editedAt. */
export const editMessage = (id: string, body: string) => apiRequest(messagePath(id), { method: 'PATCH', body: { body }, schema: Message });

/** Delete my message, or remove someone else's as a lead or coordinator: both leave a tombstone. */
export const deleteMessage = (id: string) => apiRequest(messagePath(id), { method: 'DELETE', schema: Message });

export const setReaction = (id: string, emoji: string, on: boolean) =>
  apiRequest(`${messagePath(id)}/reactions/${encodeURIComponent(emoji)}`, { method: on ? 'PUT' : 'DELETE', schema: Message });
