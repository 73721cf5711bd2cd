/**
 * Mentions are written as @[Name](person-id) by the web app's autocomplete, or @group for everyone
 * in the conversation. Returns the mentioned person ids (and 'group').
 */
export function parseMentions(body: string): { personIds: string[]; group: boolean } {
  const ids = new Set<string>();
  for (const match of body.matchAll(/@\[[^\]]{1,120}\]\(([0-9a-f-]{36})\)/gi)) ids.add(match[1]!.toLowerCase());
  return { personIds: [...ids], group: /(^|\s)@group\b/i.test(body) };
}
