// The chat feature's public surface.
export { groupConversationQueryOptions, useGroupConversation } from './api/get-group-conversation';
export { conversationsQueryOptions, useConversations } from './api/get-conversations';
export { ConversationPanel } from './components/lazy-conversation-panel';
export { MessagesNavLabel, useUnreadTotal } from './components/messages-nav-label';
