import { Alert, FileButton, Group, Progress, Stack, Text } from '@mantine/core';
import { CASE_STUDY_FILE_MAX_BYTES } from '@peerhub/contracts';
import { Button } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { errorMessage } from '../../../lib/api-client';
import { useUploadAttachment } from '../api/attachments';
import { fileSize, fileTypeNames } from '../model/labels';

const ACCEPT = ['.pdf', '.pptx', '.odp', '.docx', '.xlsx', '.png', '.jpg', '.jpeg', '.gif', '.webp'].join(',');

/** Adds files one after the other, each with its progress bar; the server decides the type from the content. */
export function AttachmentUpload({ caseStudyId }: { caseStudyId: string }) {
  const intl = useIntl();
  const upload = useUploadAttachment(caseStudyId);
  const [progress, setProgress] = useState<{ name: string; fraction: number } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const send = async (files: File[]) => {
    setError(null);
    for (const file of files) {
      if (file.size > CASE_STUDY_FILE_MAX_BYTES) {
        setError(intl.formatMessage({ id: 'caseStudies.upload.tooLarge' }, { name: file.name, max: fileSize(CASE_STUDY_FILE_MAX_BYTES) }));
        continue;
      }
      setProgress({ name: file.name, fraction: 0 });
      try {
        await upload.mutateAsync({ file, onProgress: (fraction) => setProgress({ name: file.name, fraction }) });
      } catch (e) {
        setError(`${file.name}: ${errorMessage(e)}`);
      }
    }
    setProgress(null);
  };

  return (
    <Stack gap="xs">
      <Group gap="sm">
        <FileButton onChange={(files) => void send(files)} accept={ACCEPT} multiple>
          {(props) => (
            <Button {...props} variant="default" leftSection={<IconUpload size={16} />} loading={progress !== null}>
              {intl.formatMessage({ id: 'caseStudies.upload.add' })}
            </Button>
          )}
        </FileButton>
        <Text size="xs" c="dimmed">
          {intl.formatMessage({ id: 'caseStudies.upload.accepted' }, { types: fileTypeNames(), max: fileSize(CASE_STUDY_FILE_MAX_BYTES) })}
        </Text>
      </Group>
      {progress && (
        <Stack gap={4} aria-live="polite">
          <Text size="sm">{intl.formatMessage({ id: 'caseStudies.upload.uploading' }, { name: progress.name, percent: Math.round(progress.fraction * 100) })}</Text>
          <Progress value={progress.fraction * 100} aria-label={intl.formatMessage({ id: 'caseStudies.upload.progress' }, { name: progress.name })} animated />
        </Stack>
      )}
      {error && (
        <Alert color="red" role="alert" withCloseButton onClose={() => setError(null)}>
          {error}
        </Alert>
      )}
    </Stack>
  );
}
