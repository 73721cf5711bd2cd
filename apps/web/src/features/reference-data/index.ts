// Reference data shared by several features (organisations; countries, languages and topics are constants in @peerhub/contracts).
export { organisationsQueryOptions, useOrganisationOptions, useOrganisations } from './api/get-organisations';
