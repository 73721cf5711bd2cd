import type { TokenizerAndRendererExtension, Tokens } from 'marked';
import { escapeHtml, safeMarkdown } from '../../../lib/safe-markdown';

/** The person whose mentions are highlighted as "me" during one (synchronous) render. */
let viewerId: string | null = null;

interface MentionToken extends Tokens.Generic {
  type: 'mention';
  raw: string;
  name: string;
  personId: string | null;
}

/** `@[Name](person-id)` (written by the composer's autocomplete) and `@group`. */
const mention: TokenizerAndRendererExtension = {
  name: 'mention',
  level: 'inline',
  start: (src) => {
    const index = src.search(/@(\[|group\b)/);
    return index < 0 ? undefined : index;
  },
  tokenizer(src): MentionToken | undefined {
    const person = /^@\[([^\]\n]{1,120})\]\(([0-9a-fA-F-]{36})\)/.exec(src);
    if (person) return { type: 'mention', raw: person[0], name: person[1] ?? '', personId: (person[2] ?? '').toLowerCase() };
    const group = /^@group\b/.exec(src);
    if (group) return { type: 'mention', raw: group[0], name: 'group', personId: null };
    return undefined;
  },
  renderer(token) {
    const { name, personId } = token as MentionToken;
    const mine = personId !== null && personId === viewerId;
    const cls = `chat-mention${mine || personId === null ? ' chat-mention-me' : ''}`;
    return `<span class="${cls}"${personId ? ` data-person-id="${escapeHtml(personId)}"` : ''}>@${escapeHtml(name)}</span>`;
  },
};

const render = safeMarkdown({ breaks: true, extensions: [mention], extraTags: ['span'], extraAttributes: ['class', 'data-person-id'] });

/** A message body (markdown) as safe HTML (lib/safe-markdown), with mentions; the viewer's own are marked "me". */
export function renderMarkdown(body: string, viewer: string | null): string {
  viewerId = viewer;
  try {
    return render(body);
  } finally {
    viewerId = null;
  }
}

/** The plain text of a body for previews (mentions as @Name). */
export function plainText(body: string): string {
  return body.replace(/@\[([^\]\n]{1,120})\]\([0-9a-fA-F-]{36}\)/g, '@$1');
}
