import { ActionIcon, Button, Group, Stack, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { CaseStudyAttachment } from '@peerhub/contracts';
import { IconDownload, IconFile, IconTrash } from '@tabler/icons-react';
import { useIntl } from 'react-intl';
import { errorMessage } from '../../../lib/api-client';
import { downloadAttachment, useRemoveAttachment } from '../api/attachments';
import { fileSize } from '../model/labels';

/** A study's files: download for readers, remove for its author. Names are shown as text only. */
export function AttachmentList({ caseStudyId, attachments, removable = false }: { caseStudyId: string; attachments: CaseStudyAttachment[]; removable?: boolean }) {
  const intl = useIntl();
  const remove = useRemoveAttachment(caseStudyId);
  if (attachments.length === 0)
    return (
      <Text c="dimmed" size="sm">
        {intl.formatMessage({ id: 'caseStudies.files.none' })}
      </Text>
    );
  return (
    <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={intl.formatMessage({ id: 'caseStudies.files.label' })}>
      {attachments.map((a) => (
        <Group key={a.id} component="li" gap="xs" wrap="nowrap" justify="space-between" className="cs-file">
          <Group gap={8} wrap="nowrap" style={{ minWidth: 0 }}>
            <IconFile size={18} aria-hidden />
            <Button
              variant="subtle"
              size="compact-sm"
              rightSection={<IconDownload size={14} aria-hidden />}
              onClick={() => void downloadAttachment(caseStudyId, a).catch((e: unknown) => notifications.show({ color: 'red', message: errorMessage(e) }))}
              styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
            >
              {a.filename}
            </Button>
            <Text size="xs" c="dimmed" style={{ flex: 'none' }}>
              {fileSize(a.size)}
            </Text>
          </Group>
          {removable && (
            <Tooltip label={intl.formatMessage({ id: 'caseStudies.files.removeTooltip' })}>
              <ActionIcon variant="subtle" color="red" aria-label={intl.formatMessage({ id: 'caseStudies.files.remove' }, { name: a.filename })} loading={remove.isPending && remove.variables === a.id} onClick={() => remove.mutate(a.id)}>
                <IconTrash size={16} />
              </ActionIcon>
            </Tooltip>
          )}
        </Group>
      ))}
    </Stack>
  );
}
