import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconUserPlus } from '@tabler/icons-react';
import { useIntl } from 'react-intl';
import { InviteModal } from './invite-modal';

export function InviteButton({ allianceId, allianceName }: { allianceId: string; allianceName: string }) {
  const intl = useIntl();
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button leftSection={<IconUserPlus size={16} />} onClick={open}>
        {intl.formatMessage({ id: 'invitations.inviteButton' })}
      </Button>
      <InviteModal allianceId={allianceId} allianceName={allianceName} opened={opened} onClose={close} />
    </>
  );
}
