// The people feature's public surface.
export { peopleQueryOptions, usePeople } from './api/get-people';
export { PersonCard } from './components/person-card';
