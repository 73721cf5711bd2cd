import { Button, Group, Text, Textarea } from '@mantine/core';
import { MessageBodyText } from '@peerhub/contracts';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { localText } from '../../../i18n/outside-texts';

/** Editing one of my messages in place: Enter saves, Shift+Enter adds a line, Escape cancels. */
export function MessageEditor({ initial, onSave, onCancel, saving }: { initial: string; onSave: (body: string) => void; onCancel: () => void; saving: boolean }) {
  const intl = useIntl();
  const [value, setValue] = useState(initial);
  const check = MessageBodyText.safeParse(value);
  const error = check.success ? null : localText(check.error.issues[0]?.message ?? null);
  const save = () => {
    if (check.success && value !== initial) onSave(value);
    else if (value === initial) onCancel();
  };
  return (
    <div>
      <Textarea
        aria-label={intl.formatMessage({ id: 'chat.editor.label' })}
        autosize
        minRows={1}
        maxRows={10}
        value={value}
        autoFocus
        onChange={(e) => setValue(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            onCancel();
          } else if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
            e.preventDefault();
            save();
          }
        }}
        error={value.length > 0 ? error : null}
      />
      <Group gap="xs" mt={6}>
        <Button size="compact-sm" onClick={save} loading={saving} disabled={!check.success}>
          {intl.formatMessage({ id: 'common.save' })}
        </Button>
        <Button size="compact-sm" variant="default" onClick={onCancel}>
          {intl.formatMessage({ id: 'common.cancel' })}
        </Button>
        <Text size="xs" c="dimmed">
          {intl.formatMessage({ id: 'chat.editor.hint' })}
        </Text>
      </Group>
    </div>
  );
}
