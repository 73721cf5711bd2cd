import { CaseStudyComment, CaseStudyCommentList, type CaseStudyCommentRemoved } from '@peerhub/contracts';
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { apiRequest } from '../../../lib/api-client';
import { useSocket } from '../../../lib/socket';
import { caseStudyKeys } from './keys';

const base = (id: string) => `/api/case-studies/${encodeURIComponent(id)}/comments`;
const key = (id: string) => caseStudyKeys.part(id, 'comments');

function addComment(client: QueryClient, comment: CaseStudyComment): void {
  client.setQueryData(key(comment.caseStudyId), (list: CaseStudyCommentList | undefined) =>
    list && !list.items.some((c) => c.id === comment.id) ? { items: [...list.items, comment] } : list,
  );
}

function dropComment(client: QueryClient, { caseStudyId, commentId }: CaseStudyCommentRemoved): void {
  client.setQueryData(key(caseStudyId), (list: CaseStudyCommentList | undefined) => (list ? { items: list.items.filter((c) => c.id !== commentId) } : list));
}

/**
 * The comments of a case study, kept live: the socket watches the study (the server checks that I
 * may read it) and every (re)connection re-watches, whose answer replaces what was missed.
 */
export function useLiveComments(caseStudyId: string) {
  const queryClient = useQueryClient();
  const socket = useSocket();
  const query = useQuery({ queryKey: key(caseStudyId), queryFn: () => apiRequest(base(caseStudyId), { schema: CaseStudyCommentList }) });

  useEffect(() => {
    if (!socket) return;
    const watch = () => {
      socket.emit('case-study:watch', { caseStudyId }, (result) => {
        if (result.ok) queryClient.setQueryData(key(caseStudyId), result.value);
      });
    };
    const onComment = (comment: CaseStudyComment) => {
      if (comment.caseStudyId === caseStudyId) addComment(queryClient, comment);
    };
    const onRemoved = (removed: CaseStudyCommentRemoved) => {
      if (removed.caseStudyId === caseStudyId) dropComment(queryClient, removed);
    };
    // Its readers changed: watch again; if I may no longer read it, the page's own query says so.
    const onAccessChanged = (changed: { caseStudyId: string }) => {
      if (changed.caseStudyId !== caseStudyId) return;
      watch();
      void queryClient.invalidateQueries({ queryKey: caseStudyKeys.one(caseStudyId) });
    };
    socket.on('case-study:comment', onComment);
    socket.on('case-study:comment-removed', onRemoved);
    socket.on('case-study:access-changed', onAccessChanged);
    socket.on('connect', watch);
    if (socket.connected) watch();
    return () => {
      socket.off('case-study:comment', onComment);
      socket.off('case-study:comment-removed', onRemoved);
      socket.off('case-study:access-changed', onAccessChanged);
      socket.off('connect', watch);
      if (socket.connected) socket.emit('case-study:unwatch', { caseStudyId }, () => undefined);
    };
  }, [socket, caseStudyId, queryClient]);

  return query;
}

export function usePostComment(caseStudyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => apiRequest(base(caseStudyId), { method: 'POST', body: { body }, schema: CaseStudyComment }),
    onSuccess: (comment) => addComment(queryClient, comment),
  });
}

export function useDeleteComment(caseStudyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (commentId: string) => apiRequest(`${base(caseStudyId)}/${encodeURIComponent(commentId)}`, { method: 'DELETE' }).then(() => commentId),
    onSuccess: (commentId) => dropComment(queryClient, { caseStudyId, commentId }),
  });
}
