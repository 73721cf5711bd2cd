import DOMPurify from 'dompurify';
import { Marked, type TokenizerAndRendererExtension, type Tokens } from 'marked';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

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

const marked = new Marked({ gfm: true, breaks: true, async: false });
marked.use({
  extensions: [mention],
  renderer: {
    // Raw HTML in a message is shown as the text it is, never interpreted.
    html: ({ text }) => escapeHtml(text),
    // Images are not loaded from messages (tracking pixels, mixed content): they become links.
    image: ({ href, text }) => `<a href="${escapeHtml(href)}">${escapeHtml(text || href)}</a>`,
  },
});

const purifier = DOMPurify();
purifier.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'A') {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer nofollow');
  }
});

const ALLOWED_TAGS = ['p', 'br', 'strong', 'em', 'del', 's', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'span', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tr', 'th', 'td'];

/**
 * A message body (markdown) as safe HTML: raw HTML is escaped by the renderer, then DOMPurify keeps
 * only formatting tags and http(s)/mailto/relative links (no javascript: or data: URLs); links open
 * in a new tab with rel="noopener noreferrer nofollow".
 */
export function renderMarkdown(body: string, viewer: string | null): string {
  viewerId = viewer;
  try {
    const html = marked.parse(body) as string;
    return purifier.sanitize(html, {
      ALLOWED_TAGS,
      ALLOWED_ATTR: ['href', 'title', 'class', 'data-person-id', 'start', 'align'],
      ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
    });
  } finally {
    viewerId = null;
  }
}

/** The plain text of a body for previews (mentions as @Name). */
export function plainText(body: string): string {
  return body.replace(/@\[([^\]\n]{1,120})\]\([0-9a-fA-F-]{36}\)/g, '@$1');
}
