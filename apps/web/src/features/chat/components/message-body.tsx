import { useMemo } from 'react';
import { renderMarkdown } from '../model/markdown';

/** A message's markdown, sanitized (see model/markdown.ts): the only place message HTML is produced. */
export function MessageBody({ body, viewerId }: { body: string; viewerId: string }) {
  const html = useMemo(() => renderMarkdown(body, viewerId), [body, viewerId]);
  return <div className="chat-body" dangerouslySetInnerHTML={{ __html: html }} />;
}
