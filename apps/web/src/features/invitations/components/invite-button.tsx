import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconUserPlus } from '@tabler/icons-react';
import { InviteModal } from './invite-modal';

export function InviteButton({ allianceId, allianceName }: { allianceId: string; allianceName: string }) {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button leftSection={<IconUserPlus size={16} />} onClick={open}>
        Invite someone
      </Button>
      <InviteModal allianceId={allianceId} allianceName={allianceName} opened={opened} onClose={close} />
    </>
  );
}
