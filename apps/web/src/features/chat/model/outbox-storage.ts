import { z } from 'zod';

/** A message written here and not yet confirmed stored by the server. */
export interface PendingMessage {
  /** Generated once (crypto.randomUUID) and kept across retries: the server stores it once. */
  clientId: string;
  body: string;
  parentId: string | null;
  createdAt: string;
  status: 'sending' | 'failed';
  /** The server's reason, when it clearly refused the message. */
  error: string | null;
}

const Stored = z.array(
  z.object({
    clientId: z.uuid(),
    body: z.string(),
    parentId: z.string().nullable(),
    createdAt: z.string(),
    status: z.enum(['sending', 'failed']),
    error: z.string().nullable(),
  }),
);

/** Per person and conversation, so a reload (or a crash) keeps what was not sent yet. */
const keyOf = (personId: string, conversationId: string) => `peerhub.chat.outbox.${personId}.${conversationId}`;

export function loadOutbox(personId: string, conversationId: string): PendingMessage[] {
  try {
    const raw = localStorage.getItem(keyOf(personId, conversationId));
    if (!raw) return [];
    const parsed = Stored.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

export function saveOutbox(personId: string, conversationId: string, items: readonly PendingMessage[]): void {
  try {
    const key = keyOf(personId, conversationId);
    if (items.length === 0) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(items));
  } catch {
    // Storage full or disabled: the outbox still works for this page's life.
  }
}
