// The invitations feature's public surface: the alliance page shows these to coordinators and admins.
export { InviteButton } from './components/invite-button';
export { PendingInvitations } from './components/pending-invitations';
