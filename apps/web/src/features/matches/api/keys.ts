/** Every match query starts with ['matches']. */
export const matchKeys = {
  all: ['matches'] as const,
  list: ['matches', 'list'] as const,
  one: (id: string) => ['matches', 'one', id] as const,
  authorisations: ['matches', 'authorisations'] as const,
  myAuthoriser: ['matches', 'my-authoriser'] as const,
  results: (allianceId: string) => ['matches', 'results', allianceId] as const,
};
