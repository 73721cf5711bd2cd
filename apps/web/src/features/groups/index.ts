// The groups feature's public surface: the alliance page shows its groups; the console filters members by group.
export { groupsQueryOptions, useGroups } from './api/get-groups';
export { AllianceGroups } from './components/alliance-groups';
export { NewGroupButton } from './components/new-group-button';
