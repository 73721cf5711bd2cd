// The notification centre's public surface.
export { NotificationBell } from './components/notification-bell';
export { ConversationLevelSelect } from './components/conversation-level-select';
export { useUnreadNotifications } from './api/notifications-api';
