import { Alert, Button, Group, Modal, MultiSelect, NumberInput, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { CreateGroupRequest, UpdateGroupRequest, type GroupDetail } from '@peerhub/contracts';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import { topicOptions } from '../../../components/ui/labels';
import { errorMessage, fieldErrors } from '../../../lib/api-client';
import { validateWith } from '../../../lib/form';
import { useCreateGroup } from '../api/create-group';
import { useUpdateGroup } from '../api/update-group';
import { visibilityOptions } from './group-subject';

interface Values {
  allianceId: string | null;
  name: string;
  topics: string[];
  purpose: string;
  visibility: string;
  memberLimit: number | string;
}

/** The form's values as the contract expects them: an empty limit is "no limit". */
const toRequest = ({ allianceId: _alliance, ...v }: Values) => ({ ...v, memberLimit: v.memberLimit === '' ? null : Number(v.memberLimit) });

const modalStyles = { title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } };

/**
 * Creates a group (a coordinator picks one of the alliances they run when more than one) or edits
 * one. Validation is the contract's; the API's field problems land on the same fields.
 */
export function GroupFormModal({
  opened,
  onClose,
  group,
  allianceOptions = [],
  defaultAllianceId = null,
}: {
  opened: boolean;
  onClose: () => void;
  /** Edit this group; without it, create one. */
  group?: GroupDetail;
  allianceOptions?: Array<{ value: string; label: string }>;
  defaultAllianceId?: string | null;
}) {
  const intl = useIntl();
  const navigate = useNavigate();
  const create = useCreateGroup();
  const update = useUpdateGroup();
  const [error, setError] = useState<string | null>(null);
  const schema = group ? UpdateGroupRequest : CreateGroupRequest;
  const form = useForm<Values>({
    mode: 'uncontrolled',
    initialValues: group
      ? { allianceId: group.allianceId, name: group.name, topics: group.topics, purpose: group.purpose, visibility: group.visibility, memberLimit: group.memberLimit ?? '' }
      : { allianceId: defaultAllianceId ?? (allianceOptions.length === 1 ? (allianceOptions[0]?.value ?? null) : null), name: '', topics: [], purpose: '', visibility: 'open', memberLimit: '' },
    validate: (values) => ({
      ...validateWith(schema, toRequest)(values),
      ...(values.allianceId ? {} : { allianceId: intl.formatMessage({ id: 'groups.form.pickAlliance' }) }),
    }),
  });
  const close = () => {
    setError(null);
    onClose();
  };
  const submit = form.onSubmit(async (values) => {
    setError(null);
    try {
      if (group) {
        await update.mutateAsync({ groupId: group.id, body: UpdateGroupRequest.parse(toRequest(values)) });
        notifications.show({ color: 'peerhub', title: intl.formatMessage({ id: 'groups.form.savedTitle' }), message: intl.formatMessage({ id: 'groups.form.savedMessage' }, { name: values.name.trim() }) });
        close();
      } else {
        const created = await create.mutateAsync({ allianceId: values.allianceId ?? '', body: CreateGroupRequest.parse(toRequest(values)) });
        notifications.show({ color: 'peerhub', title: intl.formatMessage({ id: 'groups.form.createdTitle' }), message: intl.formatMessage({ id: 'groups.form.createdMessage' }, { name: created.name }) });
        form.reset();
        close();
        await navigate(`/groups/${created.id}`);
      }
    } catch (e) {
      form.setErrors(fieldErrors(e));
      setError(errorMessage(e));
    }
  });
  return (
    <Modal opened={opened} onClose={close} title={group ? intl.formatMessage({ id: 'groups.form.editTitle' }, { name: group.name }) : intl.formatMessage({ id: 'groups.form.newTitle' })} size="lg" centered styles={modalStyles}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          {!group && allianceOptions.length > 1 && (
            <Select label={intl.formatMessage({ id: 'groups.form.alliance' })} data={allianceOptions} required allowDeselect={false} key={form.key('allianceId')} {...form.getInputProps('allianceId')} />
          )}
          <TextInput label={intl.formatMessage({ id: 'groups.form.name' })} required data-autofocus autoComplete="off" key={form.key('name')} {...form.getInputProps('name')} />
          <Textarea
            label={intl.formatMessage({ id: 'groups.form.purpose' })}
            description={intl.formatMessage({ id: 'groups.form.purposeHint' })}
            required
            autosize
            minRows={2}
            maxRows={6}
            key={form.key('purpose')}
            {...form.getInputProps('purpose')}
          />
          <MultiSelect label={intl.formatMessage({ id: 'groups.form.topics' })} description={intl.formatMessage({ id: 'groups.form.topicsHint' })} data={topicOptions()} required searchable maxValues={6} key={form.key('topics')} {...form.getInputProps('topics')} />
          <Select label={intl.formatMessage({ id: 'groups.form.visibility' })} data={visibilityOptions()} required allowDeselect={false} key={form.key('visibility')} {...form.getInputProps('visibility')} />
          <NumberInput label={intl.formatMessage({ id: 'groups.form.memberLimit' })} description={intl.formatMessage({ id: 'groups.form.memberLimitHint' })} min={2} max={500} allowDecimal={false} placeholder={intl.formatMessage({ id: 'groups.form.noLimit' })} key={form.key('memberLimit')} {...form.getInputProps('memberLimit')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {intl.formatMessage({ id: 'common.cancel' })}
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending}>
              {intl.formatMessage({ id: group ? 'common.save' : 'groups.form.create' })}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
