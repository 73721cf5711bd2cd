import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { CreateInvitationRequest } from '@peerhub/contracts';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { countryOptions } from '../../../components/ui/country';
import { roleOptions } from '../../../components/ui/labels';
import { errorMessage, fieldErrors } from '../../../lib/api-client';
import { validateWith } from '../../../lib/form';
import { useOrganisationOptions } from '../../reference-data';
import { useCreateInvitation } from '../api/create-invitation';

/** Empty optional fields are left out, as the contract expects. */
const toRequest = (v: Values) => ({ ...v, country: v.country ?? undefined, organisationId: v.organisationId ?? undefined, message: v.message.trim() || undefined });

interface Values {
  allianceId: string;
  email: string;
  name: string;
  role: string;
  country: string | null;
  organisationId: string | null;
  message: string;
}

export function InviteModal({ allianceId, allianceName, opened, onClose }: { allianceId: string; allianceName: string; opened: boolean; onClose: () => void }) {
  const intl = useIntl();
  const create = useCreateInvitation();
  const organisations = useOrganisationOptions();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<Values, CreateInvitationRequest>({
    mode: 'uncontrolled',
    initialValues: { allianceId, email: '', name: '', role: 'member', country: null, organisationId: null, message: '' },
    validate: validateWith(CreateInvitationRequest, toRequest),
    transformValues: (v) => CreateInvitationRequest.parse(toRequest(v)),
  });
  const close = () => {
    setError(null);
    onClose();
  };
  const submit = form.onSubmit(async (body) => {
    setError(null);
    try {
      const created = await create.mutateAsync(body);
      notifications.show({
        color: 'peerhub',
        title: intl.formatMessage({ id: 'invitations.invite.sent' }),
        message: intl.formatMessage({ id: 'invitations.invite.sentMessage' }, { name: created.name, email: created.email, alliance: created.allianceName }),
      });
      form.reset();
      close();
    } catch (e) {
      form.setErrors(fieldErrors(e));
      setError(errorMessage(e));
    }
  });
  return (
    <Modal opened={opened} onClose={close} title={intl.formatMessage({ id: 'invitations.invite.title' }, { alliance: allianceName })} size="lg" centered styles={{ title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } }}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={intl.formatMessage({ id: 'invitations.invite.name' })} required data-autofocus autoComplete="off" key={form.key('name')} {...form.getInputProps('name')} />
            <TextInput label={intl.formatMessage({ id: 'invitations.invite.email' })} type="email" required autoComplete="off" key={form.key('email')} {...form.getInputProps('email')} />
            <Select label={intl.formatMessage({ id: 'invitations.invite.role' })} data={roleOptions()} allowDeselect={false} required key={form.key('role')} {...form.getInputProps('role')} />
            <Select label={intl.formatMessage({ id: 'invitations.invite.country' })} data={countryOptions()} searchable clearable placeholder={intl.formatMessage({ id: 'invitations.invite.optional' })} key={form.key('country')} {...form.getInputProps('country')} />
          </SimpleGrid>
          <Select label={intl.formatMessage({ id: 'invitations.invite.organisation' })} data={organisations} searchable clearable placeholder={intl.formatMessage({ id: 'invitations.invite.optional' })} key={form.key('organisationId')} {...form.getInputProps('organisationId')} />
          <Textarea
            label={intl.formatMessage({ id: 'invitations.invite.message' })}
            description={intl.formatMessage({ id: 'invitations.invite.messageHint' })}
            autosize
            minRows={2}
            maxRows={6}
            key={form.key('message')}
            {...form.getInputProps('message')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {intl.formatMessage({ id: 'common.cancel' })}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {intl.formatMessage({ id: 'invitations.invite.submit' })}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
