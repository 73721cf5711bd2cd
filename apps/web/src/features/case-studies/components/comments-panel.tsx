import { ActionIcon, Alert, Avatar, Button, Group, Stack, Text, Textarea, Tooltip } from '@mantine/core';
import type { CaseStudyDetail } from '@peerhub/contracts';
import { can, whyNot } from '@peerhub/domain';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { initials } from '../../../components/ui/initials';
import { formatDateTime } from '../../../components/ui/labels';
import { QueryState } from '../../../components/ui/query-state';
import { errorMessage } from '../../../lib/api-client';
import { useActor, useMe } from '../../../lib/session';
import { useDeleteComment, useLiveComments, usePostComment } from '../api/comments';
import { caseStudySubject } from '../model/subject';
import { localText } from '../../../i18n/outside-texts';

/** The discussion of a study, live for everyone viewing it. Comments are plain text. */
export function CommentsPanel({ study }: { study: CaseStudyDetail }) {
  const intl = useIntl();
  const me = useMe();
  const actor = useActor();
  const comments = useLiveComments(study.id);
  const post = usePostComment(study.id);
  const remove = useDeleteComment(study.id);
  const [text, setText] = useState('');
  const subject = caseStudySubject(study, me.id);
  const mayComment = can(actor, 'case-study.comment', subject);

  const submit = () => {
    if (!text.trim()) return;
    post.mutate(text, { onSuccess: () => setText('') });
  };

  return (
    <Stack gap="md">
      <QueryState query={comments}>
        {(list) =>
          list.items.length === 0 ? (
            <Text c="dimmed" size="sm">
              {intl.formatMessage({ id: 'caseStudies.comments.none' })}
            </Text>
          ) : (
            <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={intl.formatMessage({ id: 'caseStudies.comments.label' })} aria-live="polite">
              {list.items.map((c) => (
                <Group key={c.id} component="li" align="flex-start" gap="sm" wrap="nowrap" className="cs-comment">
                  <Avatar size={32} radius="xl" color="peerhub">
                    {initials(c.authorName ?? '?')}
                  </Avatar>
                  <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
                    <Group gap="xs">
                      <Text size="sm" fw={600}>
                        {c.authorName ?? intl.formatMessage({ id: 'caseStudies.comments.formerMember' })}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {formatDateTime(c.createdAt)}
                      </Text>
                    </Group>
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                      {c.body}
                    </Text>
                  </Stack>
                  {can(actor, 'case-study.remove-comment', { ...subject, commentAuthorId: c.authorId }) && (
                    <Tooltip label={intl.formatMessage({ id: 'caseStudies.comments.delete' })}>
                      <ActionIcon variant="subtle" color="gray" aria-label={intl.formatMessage({ id: 'caseStudies.comments.delete' })} className="no-print" onClick={() => remove.mutate(c.id)}>
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Tooltip>
                  )}
                </Group>
              ))}
            </Stack>
          )
        }
      </QueryState>
      {mayComment ? (
        <Stack gap="xs" className="no-print">
          <Textarea
            label={intl.formatMessage({ id: 'caseStudies.comments.add' })}
            placeholder={intl.formatMessage({ id: 'caseStudies.comments.placeholder' })}
            autosize
            minRows={2}
            maxLength={4000}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit();
            }}
          />
          {post.isError && (
            <Alert color="red" role="alert">
              {errorMessage(post.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button onClick={submit} loading={post.isPending} disabled={!text.trim()}>
              {intl.formatMessage({ id: 'caseStudies.comments.submit' })}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Text size="sm" c="dimmed" className="no-print">
          {localText(whyNot(actor, 'case-study.comment', subject)) ?? intl.formatMessage({ id: 'caseStudies.comments.cannot' })}
        </Text>
      )}
    </Stack>
  );
}
