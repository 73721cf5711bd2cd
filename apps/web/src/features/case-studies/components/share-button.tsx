import { Alert, Anchor, Button, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import type { CaseStudyDetail } from '@peerhub/contracts';
import { IconShare } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../../lib/api-client';
import { groupConversationQueryOptions, useConversations } from '../../chat';
import { useGroups } from '../../groups';
import { useShareCaseStudy } from '../api/share';

/** Sends the study's link into one of my group or exchange conversations, where it shows as a card. */
export function ShareButton({ study }: { study: CaseStudyDetail }) {
  const intl = useIntl();
  const [opened, { open, close }] = useDisclosure();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const conversations = useConversations();
  // A group's conversation exists once someone opened it: my groups are listed from the groups themselves.
  const groups = useGroups({ mine: 'true', status: 'active', pageSize: 100 });
  const share = useShareCaseStudy();
  const [target, setTarget] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const options = [
    ...(groups.data?.items ?? []).map((g) => ({ value: `group:${g.id}`, label: intl.formatMessage({ id: 'caseStudies.share.groupOption' }, { name: g.name }) })),
    ...(conversations.data?.items ?? []).filter((c) => c.kind === 'exchange' && c.canPost).map((c) => ({ value: `conversation:${c.id}`, label: intl.formatMessage({ id: 'caseStudies.share.exchangeOption' }, { name: c.title }) })),
  ];

  const [problem, setProblem] = useState<string | null>(null);
  const send = async () => {
    if (!target) return;
    setProblem(null);
    const [kind, id = ''] = target.split(':');
    try {
      const conversationId = kind === 'group' ? (await queryClient.fetchQuery(groupConversationQueryOptions(id))).id : id;
      await share.mutateAsync({ conversationId, caseStudyId: study.id, title: study.title, note });
      close();
      setNote('');
      notifications.show({
        color: 'teal',
        autoClose: 10_000,
        message: (
          <>
            {/* Notifications render outside the router: a button that navigates, not a <Link>. */}
            {intl.formatMessage({ id: 'caseStudies.share.shared' })}{' '}
            <Anchor component="button" type="button" size="sm" onClick={() => void navigate(`/conversations/${conversationId}`)}>
              {intl.formatMessage({ id: 'caseStudies.share.openConversation' })}
            </Anchor>
          </>
        ),
      });
    } catch (e) {
      setProblem(errorMessage(e));
    }
  };

  return (
    <>
      <Button variant="default" leftSection={<IconShare size={16} />} onClick={open} className="no-print">
        {intl.formatMessage({ id: 'caseStudies.share.title' })}
      </Button>
      <Modal opened={opened} onClose={close} title={intl.formatMessage({ id: 'caseStudies.share.title' })}>
        <Stack gap="md">
          {study.visibility !== 'everyone' && (
            <Text size="sm" c="dimmed">
              {intl.formatMessage({ id: 'caseStudies.share.restricted' })}
            </Text>
          )}
          <Select
            label={intl.formatMessage({ id: 'caseStudies.share.conversation' })}
            placeholder={intl.formatMessage({ id: options.length ? 'caseStudies.share.pick' : 'caseStudies.share.none' })}
            data={options}
            value={target}
            onChange={setTarget}
            searchable
            comboboxProps={{ withinPortal: true }}
          />
          <Textarea label={intl.formatMessage({ id: 'caseStudies.share.note' })} autosize minRows={2} maxLength={2000} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          <Button onClick={() => void send()} disabled={!target} loading={share.isPending}>
            {intl.formatMessage({ id: 'caseStudies.share.submit' })}
          </Button>
        </Stack>
      </Modal>
    </>
  );
}
