import DOMPurify from 'dompurify';
import { Marked } from 'marked';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const marked = new Marked({ gfm: true, breaks: false, async: false });
marked.use({
  renderer: {
    // Raw HTML in a case study is shown as the text it is, never interpreted.
    html: ({ text }) => escapeHtml(text),
    // Images are not loaded from the text (tracking pixels, other origins): they become links; pictures go in as attachments.
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

const ALLOWED_TAGS = ['p', 'br', 'strong', 'em', 'del', 's', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'hr', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tr', 'th', 'td'];

/**
 * A case study's markdown as safe HTML: raw HTML is escaped by the renderer, then DOMPurify keeps
 * only formatting tags and http(s)/mailto/relative links (no javascript: or data: URLs). Headings
 * start at h2: the study's title is the page's h1. (The chat has its own renderer, with mentions.)
 */
export function renderCaseStudyMarkdown(markdown: string): string {
  const html = (marked.parse(markdown) as string).replace(/<(\/?)h1\b/g, '<$1h2');
  return purifier.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ['href', 'title', 'start', 'align'],
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  });
}
