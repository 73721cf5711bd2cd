import { Group, Text } from '@mantine/core';

export function Logo({ size = 28 }: { size?: number }) {
  return (
    <Group gap={10} wrap="nowrap">
      <img src="/favicon.svg" alt="" width={size} height={size} />
      <Text fw={700} fz={size * 0.72} c="peerhub.9" style={{ letterSpacing: '-0.01em' }}>
        Peerhub
      </Text>
    </Group>
  );
}
