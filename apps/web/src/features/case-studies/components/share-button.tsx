import { Alert, Button, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import type { CaseStudyDetail } from '@peerhub/contracts';
import { IconShare } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '../../../lib/api-client';
import { useConversations } from '../../chat';
import { useShareCaseStudy } from '../api/share';

/** Sends the study's link into one of my group or exchange conversations, where it shows as a card. */
export function ShareButton({ study }: { study: CaseStudyDetail }) {
  const [opened, { open, close }] = useDisclosure();
  const conversations = useConversations();
  const share = useShareCaseStudy();
  const [conversationId, setConversationId] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const options = (conversations.data?.items ?? [])
    .filter((c) => (c.kind === 'group' || c.kind === 'exchange') && c.canPost)
    .map((c) => ({ value: c.id, label: `${c.title} (${c.kind === 'group' ? 'group' : 'exchange'})` }));

  const send = () => {
    if (!conversationId) return;
    share.mutate(
      { conversationId, caseStudyId: study.id, title: study.title, note },
      {
        onSuccess: () => {
          close();
          setNote('');
          notifications.show({
            color: 'teal',
            message: (
              <>
                Shared. <Link to={`/conversations/${conversationId}`}>Open the conversation</Link>
              </>
            ),
          });
        },
      },
    );
  };

  return (
    <>
      <Button variant="default" leftSection={<IconShare size={16} />} onClick={open} className="no-print">
        Share to a conversation
      </Button>
      <Modal opened={opened} onClose={close} title="Share to a conversation">
        <Stack gap="md">
          {study.visibility !== 'everyone' && (
            <Text size="sm" c="dimmed">
              Only people who may read this case study will see its card; others see the link only.
            </Text>
          )}
          <Select label="Conversation" placeholder={options.length ? 'Pick a group or exchange' : 'You are in no group or exchange conversation'} data={options} value={conversationId} onChange={setConversationId} searchable comboboxProps={{ withinPortal: true }} />
          <Textarea label="A note (optional)" autosize minRows={2} maxLength={2000} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
          {share.isError && (
            <Alert color="red" role="alert">
              {errorMessage(share.error)}
            </Alert>
          )}
          <Button onClick={send} disabled={!conversationId} loading={share.isPending}>
            Share
          </Button>
        </Stack>
      </Modal>
    </>
  );
}
