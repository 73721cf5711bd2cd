/** `%text%` for ILIKE, with the pattern characters of the person's text taken literally. */
export const containing = (text: string): string => `%${text.replace(/[%_\\]/g, '\\$&')}%`;
