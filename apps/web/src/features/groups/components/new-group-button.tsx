import { Button, type MantineSize } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { FormattedMessage } from 'react-intl';
import { GroupFormModal } from './group-form-modal';

/** "New group" for coordinators: in one alliance (its page) or in any they run (the groups page). */
export function NewGroupButton({
  allianceOptions,
  defaultAllianceId = null,
  size = 'sm',
}: {
  allianceOptions: Array<{ value: string; label: string }>;
  defaultAllianceId?: string | null;
  size?: MantineSize;
}) {
  const [opened, { open, close }] = useDisclosure(false);
  if (allianceOptions.length === 0) return null;
  return (
    <>
      <Button size={size} leftSection={<IconPlus size={size === 'xs' ? 14 : 16} />} onClick={open}>
        <FormattedMessage id="groups.newGroup" />
      </Button>
      {opened && <GroupFormModal opened={opened} onClose={close} allianceOptions={allianceOptions} defaultAllianceId={defaultAllianceId} />}
    </>
  );
}
