import { Alert, Button, Checkbox, Group, Modal, NumberInput, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { ProposeMatchRequest, type LearningNeed, type PeerSuggestion } from '@peerhub/contracts';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { errorMessage, fieldErrors } from '../../../lib/api-client';
import { validateWith } from '../../../lib/form';
import { useProposeMatch } from '../api/propose-match';

interface ProposeValues {
  message: string;
  expiresInDays: number | string;
  createGroup: boolean;
  createExchange: boolean;
}

/** The coordinator's proposal: to the learner and the chosen peers, with what an accepted match opens. */
export function ProposeMatchModal({ need, peers, opened, onClose, onProposed }: { need: LearningNeed; peers: PeerSuggestion[]; opened: boolean; onClose: () => void; onProposed: () => void }) {
  const intl = useIntl();
  return (
    <Modal opened={opened} onClose={onClose} title={intl.formatMessage({ id: 'learning.propose.title' })} centered size="lg" styles={{ title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } }}>
      {/* Mounted on open: every proposal starts from the defaults. */}
      {opened && <ProposeForm need={need} peers={peers} onClose={onClose} onProposed={onProposed} />}
    </Modal>
  );
}

function ProposeForm({ need, peers, onClose, onProposed }: { need: LearningNeed; peers: PeerSuggestion[]; onClose: () => void; onProposed: () => void }) {
  const intl = useIntl();
  const propose = useProposeMatch();
  const [error, setError] = useState<string | null>(null);
  const toRequest = (v: ProposeValues) => ({ peerIds: peers.map((p) => p.personId), message: v.message, expiresInDays: v.expiresInDays === '' ? undefined : Number(v.expiresInDays), createGroup: v.createGroup, createExchange: v.createExchange });
  const form = useForm<ProposeValues>({
    mode: 'controlled',
    initialValues: { message: '', expiresInDays: 14, createGroup: true, createExchange: true },
    validate: validateWith<ProposeValues>(ProposeMatchRequest, toRequest),
  });
  const submit = form.onSubmit((values) => {
    setError(null);
    propose.mutate(
      { needId: need.id, body: toRequest(values) },
      {
        onSuccess: () => {
          notifications.show({ color: 'peerhub', title: intl.formatMessage({ id: 'learning.propose.done' }), message: intl.formatMessage({ id: 'learning.propose.done.message' }, { learner: need.author.name, peers: peers.map((p) => p.name).join(', ') }) });
          onProposed();
        },
        onError: (e) => {
          const errors = fieldErrors(e);
          form.setErrors(errors);
          // Problems with the chosen peers have no field in this form: say them above it.
          setError(errors.peerIds ?? (Object.keys(errors).length ? null : errorMessage(e)));
        },
      },
    );
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">
          {intl.formatMessage({ id: 'learning.propose.intro' }, { learner: need.author.name, count: peers.length, peers: peers.map((p) => p.name).join(', ') })}
        </Text>
        {(error || form.errors.peerIds) && (
          <Alert color="red" role="alert">
            {error ?? form.errors.peerIds}
          </Alert>
        )}
        <Textarea
          label={intl.formatMessage({ id: 'learning.propose.message' })}
          description={intl.formatMessage({ id: 'learning.propose.message.description' })}
          autosize
          minRows={3}
          maxRows={8}
          data-autofocus
          {...form.getInputProps('message')}
        />
        <NumberInput label={intl.formatMessage({ id: 'learning.propose.days' })} description={intl.formatMessage({ id: 'learning.propose.days.description' })} min={1} max={60} allowDecimal={false} maw={220} {...form.getInputProps('expiresInDays')} />
        <Checkbox label={intl.formatMessage({ id: 'learning.propose.createGroup' })} {...form.getInputProps('createGroup', { type: 'checkbox' })} />
        <Checkbox label={intl.formatMessage({ id: 'learning.propose.createExchange' })} {...form.getInputProps('createExchange', { type: 'checkbox' })} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {intl.formatMessage({ id: 'common.cancel' })}
          </Button>
          <Button type="submit" loading={propose.isPending}>
            {intl.formatMessage({ id: 'learning.propose.send' })}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
