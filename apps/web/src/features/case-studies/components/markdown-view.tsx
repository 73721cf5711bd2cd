import { useMemo } from 'react';
import { renderCaseStudyMarkdown } from '../model/markdown';

/** A case study's markdown, sanitized (model/markdown.ts): the only place this feature produces HTML. */
export function MarkdownView({ markdown, label }: { markdown: string; label?: string }) {
  const html = useMemo(() => renderCaseStudyMarkdown(markdown), [markdown]);
  return <div className="cs-markdown" aria-label={label} dangerouslySetInnerHTML={{ __html: html }} />;
}
