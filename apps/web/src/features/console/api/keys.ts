/** Every console query lives under its alliance's key, so a decision can refresh all of them at once. */
export const consoleKey = (allianceId: string, ...rest: unknown[]) => ['alliances', allianceId, ...rest] as const;
