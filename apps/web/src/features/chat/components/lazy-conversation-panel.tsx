import { Center, Loader, Paper } from '@mantine/core';
import { lazy, Suspense, type ComponentProps } from 'react';
import { useIntl } from 'react-intl';

const Panel = lazy(async () => ({ default: (await import('./conversation-panel')).ConversationPanel }));

/**
 * The panel for other features (the group page): loaded on first use, so the markdown renderer and
 * the sanitizer stay out of the app's first download (the shell only needs the unread count).
 */
export function ConversationPanel(props: ComponentProps<typeof Panel>) {
  const intl = useIntl();
  return (
    <Suspense
      fallback={
        <Paper withBorder radius="md" h={props.height ?? 560}>
          <Center h="100%">
            <Loader aria-label={intl.formatMessage({ id: 'chat.panel.loading' })} />
          </Center>
        </Paper>
      }
    >
      <Panel {...props} />
    </Suspense>
  );
}
