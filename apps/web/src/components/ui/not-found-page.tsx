import { useIntl } from 'react-intl';
import { Button, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

export function NotFoundPage() {
  const intl = useIntl();
  return (
    <Stack align="flex-start" maw={520} py="xl">
      <Title order={1} fz={26}>
        {intl.formatMessage({ id: 'notFound.title' })}
      </Title>
      <Text c="dimmed">{intl.formatMessage({ id: 'notFound.body' })}</Text>
      <Button component={Link} to="/" variant="light">
        {intl.formatMessage({ id: 'notFound.back' })}
      </Button>
    </Stack>
  );
}
