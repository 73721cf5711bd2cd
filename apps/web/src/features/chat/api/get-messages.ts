import { HistoryPage } from '@peerhub/contracts';
import { apiRequest } from '../../../lib/api-client';

export interface HistoryRequest {
  /** Older than this seq (newest first on the server, returned ascending). */
  before?: number;
  /** Newer than this seq, oldest first. */
  after?: number;
  limit?: number;
  /** A thread's replies instead of the main timeline. */
  parentId?: string;
}

/** One keyset page of a conversation's history (never offsets). The live store owns the result, not the query cache. */
export const getMessages = (conversationId: string, request: HistoryRequest = {}) =>
  apiRequest(`/api/conversations/${encodeURIComponent(conversationId)}/messages`, { query: { ...request }, schema: HistoryPage });
