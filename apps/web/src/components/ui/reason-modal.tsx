import { useIntl } from 'react-intl';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState, type ReactNode } from 'react';

/**
 * Confirms a consequential action (reject, remove, suspend) and asks for the reason the person
 * concerned and the audit log will read. `reasonRequired` refuses an empty reason.
 */
export function ReasonModal({
  opened,
  title,
  children,
  confirmLabel,
  color = 'red',
  reasonRequired = false,
  reasonDescription,
  loading = false,
  onConfirm,
  onClose,
}: {
  opened: boolean;
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  color?: string;
  reasonRequired?: boolean;
  /** Who reads the reason, under its field; by default the person concerned and the audit log. */
  reasonDescription?: string;
  loading?: boolean;
  onConfirm: (reason: string | undefined) => void;
  onClose: () => void;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered styles={{ title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } }}>
      <ReasonForm confirmLabel={confirmLabel} color={color} reasonRequired={reasonRequired} reasonDescription={reasonDescription} loading={loading} onConfirm={onConfirm} onClose={onClose}>
        {children}
      </ReasonForm>
    </Modal>
  );
}

/** The modal's body: mounted on open, so every opening starts with an empty reason. */
function ReasonForm({
  children,
  confirmLabel,
  color,
  reasonRequired,
  reasonDescription,
  loading,
  onConfirm,
  onClose,
}: {
  children?: ReactNode;
  confirmLabel: string;
  color: string;
  reasonRequired: boolean;
  reasonDescription: string | undefined;
  loading: boolean;
  onConfirm: (reason: string | undefined) => void;
  onClose: () => void;
}) {
  const intl = useIntl();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const confirm = () => {
    const trimmed = reason.trim();
    if (reasonRequired && !trimmed) {
      setError(intl.formatMessage({ id: 'reason.required' }));
      return;
    }
    if (trimmed.length > 500) {
      setError(intl.formatMessage({ id: 'reason.tooLong' }));
      return;
    }
    onConfirm(trimmed || undefined);
  };
  return (
    <Stack>
      {children && (
        <Text size="sm" c="dimmed">
          {children}
        </Text>
      )}
      <Textarea
        label={intl.formatMessage({ id: 'reason.label' })}
        description={reasonDescription ?? intl.formatMessage({ id: reasonRequired ? 'reason.shownAndLogged' : 'reason.optionalLogged' })}
        required={reasonRequired}
        autosize
        minRows={2}
        maxRows={6}
        data-autofocus
        value={reason}
        error={error}
        onChange={(e) => {
          setReason(e.currentTarget.value);
          setError(null);
        }}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {intl.formatMessage({ id: 'common.cancel' })}
        </Button>
        <Button color={color} loading={loading} onClick={confirm}>
          {confirmLabel}
        </Button>
      </Group>
    </Stack>
  );
}
