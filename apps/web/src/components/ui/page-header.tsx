import { Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';

export function PageHeader({
  title,
  description,
  actions,
  eyebrow,
  documentTitle,
}: {
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  eyebrow?: ReactNode;
  /** The browser tab's title; defaults to the title when it is plain text. */
  documentTitle?: string;
}) {
  usePageTitle(documentTitle ?? (typeof title === 'string' ? title : undefined));
  return (
    <Group justify="space-between" align="flex-end" mb="xl" gap="md" wrap="wrap">
      <Stack gap={6} maw={780} style={{ flex: '1 1 420px' }}>
        {eyebrow && (
          <Text size="xs" tt="uppercase" fw={700} c="peerhub.7" style={{ letterSpacing: '0.06em' }}>
            {eyebrow}
          </Text>
        )}
        <Title order={1} fz={{ base: 24, sm: 30 }} lh={1.2}>
          {title}
        </Title>
        {description && <Text c="dimmed">{description}</Text>}
      </Stack>
      {actions && <Group gap="sm">{actions}</Group>}
    </Group>
  );
}

/** "People · Peerhub": every page names itself in the tab and for screen readers. */
export function usePageTitle(title: string | undefined): void {
  useDocumentTitle(title ? `${title} · Peerhub` : 'Peerhub');
}
