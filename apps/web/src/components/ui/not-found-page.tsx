import { Button, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <Stack align="flex-start" maw={520} py="xl">
      <Title order={1} fz={26}>
        Page not found
      </Title>
      <Text c="dimmed">This page does not exist, or you do not have access to it.</Text>
      <Button component={Link} to="/" variant="light">
        Back to your alliances
      </Button>
    </Stack>
  );
}
