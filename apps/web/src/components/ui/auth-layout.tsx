import { Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { LanguageMenu } from '../../i18n/language-menu';
import { Logo } from './logo';
import { usePageTitle } from './page-header';

/** The calm frame around the signed-out pages (sign-in, password reset, invitation). */
export function AuthLayout({ title, subtitle, children, width = 440 }: { title: string; subtitle?: ReactNode; children: ReactNode; width?: number }) {
  const intl = useIntl();
  usePageTitle(title);
  return (
    <Box className="auth-background" mih="100vh">
      <Center mih="100vh" p="md" component="main" id="main">
        <Stack w="100%" maw={width} gap="lg" py="xl">
          <Group justify="space-between">
            <Logo size={34} />
            <LanguageMenu />
          </Group>
          <Paper withBorder shadow="sm" p={{ base: 'lg', sm: 'xl' }} radius="lg">
            <Stack gap="lg">
              <div>
                <Title order={1} fz={22} lh={1.3}>
                  {title}
                </Title>
                {subtitle && (
                  <Text c="dimmed" size="sm" mt={6}>
                    {subtitle}
                  </Text>
                )}
              </div>
              {children}
            </Stack>
          </Paper>
          <Text size="xs" c="dimmed" ta="center">
            {intl.formatMessage({ id: 'shell.tagline' })}
          </Text>
        </Stack>
      </Center>
    </Box>
  );
}
