// The console feature's public surface: the alliance page links into it.
export { ConsoleButton } from './components/console-button';
// Group leads decide their group's requests on the group page with the same requests API.
export { usePendingRequests } from './api/get-pending-requests';
export { useDecideRequests } from './api/decide-requests';
