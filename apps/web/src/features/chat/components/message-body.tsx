import { useMemo } from 'react';
import { CaseStudyCard, linkedCaseStudyIds } from '../../case-studies';
import { renderMarkdown } from '../model/markdown';

/**
 * A message's markdown, sanitized (see model/markdown.ts): the only place message HTML is produced.
 * Links to case studies of this platform get a card under the message (none when the reader may not see it).
 */
export function MessageBody({ body, viewerId }: { body: string; viewerId: string }) {
  const html = useMemo(() => renderMarkdown(body, viewerId), [body, viewerId]);
  const caseStudyIds = useMemo(() => linkedCaseStudyIds(body, window.location.origin), [body]);
  return (
    <>
      <div className="chat-body" dangerouslySetInnerHTML={{ __html: html }} />
      {caseStudyIds.map((id) => (
        <CaseStudyCard key={id} id={id} />
      ))}
    </>
  );
}
