import { Message } from '@peerhub/contracts';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** The link a conversation shows as a case study card. */
export const caseStudyLink = (id: string) => `${window.location.origin}/case-studies/${id}`;

/** Posts the study's link into a conversation through the chat's own idempotent HTTP send. */
export const shareCaseStudy = ({ conversationId, caseStudyId, title, note }: { conversationId: string; caseStudyId: string; title: string; note: string }) =>
  apiRequest(`/api/conversations/${encodeURIComponent(conversationId)}/messages`, {
    method: 'POST',
    body: { clientId: crypto.randomUUID(), body: `${note.trim() ? `${note.trim()}\n\n` : ''}Case study: ${title}\n${caseStudyLink(caseStudyId)}` },
    schema: Message,
  });

export const useShareCaseStudy = () => useMutation({ mutationFn: shareCaseStudy });
