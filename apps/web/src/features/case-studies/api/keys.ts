/** Every case study query starts with ['case-studies']; one study's with ['case-studies', 'one', id]. */
export const caseStudyKeys = {
  all: ['case-studies'] as const,
  lists: ['case-studies', 'list'] as const,
  one: (id: string) => ['case-studies', 'one', id] as const,
  part: (id: string, ...part: Array<string | number>) => ['case-studies', 'one', id, ...part] as const,
};
