import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useMe } from '../../../lib/session';
import { useSocket } from '../../../lib/socket';
import { applyNewSeq, applyReadUpdate, conversationsQueryOptions } from '../api/get-conversations';
import { ConversationStore, type ChatSnapshot } from './conversation-store';

/** The live store of one conversation for as long as the component is mounted (key the component by conversation). */
export function useConversationStore(conversationId: string): { store: ConversationStore; snapshot: ChatSnapshot } {
  const me = useMe();
  const client = useQueryClient();
  const socket = useSocket();
  const [store] = useState(
    () =>
      new ConversationStore({
        conversationId,
        me: { id: me.id, name: me.name },
        fetchLastReadSeq: async () => {
          const list = await client.fetchQuery({ ...conversationsQueryOptions(), staleTime: 0 });
          return list.items.find((c) => c.id === conversationId)?.lastReadSeq ?? null;
        },
        onNewSeq: (seq, createdAt) => applyNewSeq(client, conversationId, seq, createdAt),
        onRead: (update) => applyReadUpdate(client, update),
      }),
  );
  useEffect(() => {
    store.start();
    store.setSocket(socket);
    return () => store.stop();
  }, [store, socket]);
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  return { store, snapshot };
}
