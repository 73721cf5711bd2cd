// The auth feature's public surface: what the app shell and other features may use.
export { useSignOut } from './api/sign-out';
