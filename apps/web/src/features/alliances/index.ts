// The alliances feature's public surface.
export { alliancesQueryOptions, useAlliances } from './api/get-alliances';
