import DOMPurify from 'dompurify';
import { Marked, type TokenizerAndRendererExtension } from 'marked';

export const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const TAGS = ['p', 'br', 'strong', 'em', 'del', 's', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'hr', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tr', 'th', 'td'];
const ATTRIBUTES = ['href', 'title', 'start', 'align'];
/** http(s), mailto and relative links; never javascript: or data:. */
const SAFE_URI = /^(?:https?:|mailto:|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

interface SafeMarkdownOptions {
  /** A single line break is a <br> (chat) or not (documents). */
  breaks: boolean;
  /** Where the page's own h1 is the text's title, the text's top headings become h2. */
  demoteH1?: boolean;
  extensions?: TokenizerAndRendererExtension[];
  /** What the extensions write, besides the formatting every text may use. */
  extraTags?: string[];
  extraAttributes?: string[];
}

/**
 * A renderer of markdown that people wrote, to HTML that is safe to insert: raw HTML is shown as
 * the text it is; images become links (no tracking pixels, nothing loaded from elsewhere); then
 * DOMPurify keeps only formatting tags and safe links, which open in a new tab with
 * rel="noopener noreferrer nofollow". The chat and the case studies each make one.
 */
export function safeMarkdown(options: SafeMarkdownOptions): (markdown: string) => string {
  const marked = new Marked({ gfm: true, breaks: options.breaks, async: false });
  marked.use({
    extensions: options.extensions ?? [],
    renderer: {
      html: ({ text }) => escapeHtml(text),
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
  const allowed = {
    ALLOWED_TAGS: [...TAGS, ...(options.demoteH1 ? [] : ['h1']), ...(options.extraTags ?? [])],
    ALLOWED_ATTR: [...ATTRIBUTES, ...(options.extraAttributes ?? [])],
    ALLOWED_URI_REGEXP: SAFE_URI,
  };
  return (markdown) => {
    const html = marked.parse(markdown) as string;
    return purifier.sanitize(options.demoteH1 ? html.replace(/<(\/?)h1\b/g, '<$1h2') : html, allowed);
  };
}
