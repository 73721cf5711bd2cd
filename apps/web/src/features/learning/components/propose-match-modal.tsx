import { Alert, Button, Checkbox, Group, Modal, NumberInput, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { ProposeMatchRequest, type LearningNeed, type PeerSuggestion } from '@peerhub/contracts';
import { useState } from 'react';
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
  return (
    <Modal opened={opened} onClose={onClose} title="Propose a match" centered size="lg" styles={{ title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } }}>
      {/* Mounted on open: every proposal starts from the defaults. */}
      {opened && <ProposeForm need={need} peers={peers} onClose={onClose} onProposed={onProposed} />}
    </Modal>
  );
}

function ProposeForm({ need, peers, onClose, onProposed }: { need: LearningNeed; peers: PeerSuggestion[]; onClose: () => void; onProposed: () => void }) {
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
          notifications.show({ color: 'peerhub', title: 'Match proposed', message: `${need.author.name} and ${peers.map((p) => p.name).join(', ')} are asked to accept.` });
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
          {need.author.name} (the learner) and {peers.length === 1 ? peers[0]!.name : `${peers.length} peers: ${peers.map((p) => p.name).join(', ')}`} are each asked to accept or decline. The match opens when everyone
          has accepted.
        </Text>
        {(error || form.errors.peerIds) && (
          <Alert color="red" role="alert">
            {error ?? form.errors.peerIds}
          </Alert>
        )}
        <Textarea
          label="Message to the learner and the peers"
          description="Why you think they should work together (optional)"
          autosize
          minRows={3}
          maxRows={8}
          data-autofocus
          {...form.getInputProps('message')}
        />
        <NumberInput label="Days to answer" description="After this the proposal expires" min={1} max={60} allowDecimal={false} maw={220} {...form.getInputProps('expiresInDays')} />
        <Checkbox label="Create a peer group for them when everyone accepts" {...form.getInputProps('createGroup', { type: 'checkbox' })} />
        <Checkbox label="Create a draft exchange pre-filled from the need when everyone accepts" {...form.getInputProps('createExchange', { type: 'checkbox' })} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={propose.isPending}>
            Send the proposal
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
