import { Alert, Button, Card, Group, Stack, Text, Title, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ExchangeDetail, RegisterRequest } from '@peerhub/contracts';
import { can, whyNot } from '@peerhub/domain';
import { IconCheck, IconHelp, IconHourglass, IconX } from '@tabler/icons-react';
import { errorMessage } from '../../../lib/api-client';
import { useActor, useMe } from '../../../lib/session';
import { useParticipants } from '../api/get-participants';
import { useRegister } from '../api/register';
import { exchangeSubject } from '../model/subject';

const ANSWERS: Array<{ answer: RegisterRequest['answer']; label: string; icon: typeof IconCheck; color: string }> = [
  { answer: 'going', label: 'Going', icon: IconCheck, color: 'green' },
  { answer: 'maybe', label: 'Maybe', icon: IconHelp, color: 'blue' },
  { answer: 'declined', label: "Can't go", icon: IconX, color: 'gray' },
];

/** Which answer a registration status stands for (the waitlist and approval are answers of "going"). */
const answerOf = (status: ExchangeDetail['myStatus']): RegisterRequest['answer'] | null => (status === 'waitlisted' || status === 'pending-approval' ? 'going' : status);

/** Going / Maybe / Can't go, with where I stand (waitlist position, waiting for approval) and the seats. */
export function RegistrationPanel({ exchange }: { exchange: ExchangeDetail }) {
  const me = useMe();
  const actor = useActor();
  const subject = exchangeSubject(exchange, me.id);
  const reason = whyNot(actor, 'exchange.register', subject);
  const allowed = can(actor, 'exchange.register', subject);
  const register = useRegister();
  const participants = useParticipants(exchange.id);
  const current = answerOf(exchange.myStatus);

  const waitlist = (participants.data?.items ?? []).filter((p) => p.status === 'waitlisted').sort((a, b) => a.registeredAt.localeCompare(b.registeredAt) || a.personId.localeCompare(b.personId));
  const position = waitlist.findIndex((p) => p.personId === me.id) + 1;

  const answer = (value: RegisterRequest['answer']) =>
    register.mutate(
      { id: exchange.id, answer: value },
      {
        onSuccess: ({ status }) => {
          const messages = {
            going: "You're going. Add it to your calendar with the .ics file.",
            maybe: 'Noted as maybe: you will hear of changes.',
            declined: 'Noted: you are not going.',
            waitlisted: 'The exchange is full: you are on the waitlist and move up when a seat frees.',
            'pending-approval': "The organiser approves each registration: you will hear when they decide.",
          } as const;
          notifications.show({ color: status === 'going' ? 'green' : 'peerhub', title: 'Answer saved', message: messages[status] });
        },
        onError: (e) => notifications.show({ color: 'red', title: 'Not saved', message: errorMessage(e) }),
      },
    );

  const seats =
    exchange.capacity === null
      ? `${exchange.going} going · no seat limit`
      : `${exchange.going} of ${exchange.capacity} seats taken${exchange.waitlisted ? ` · ${exchange.waitlisted} on the waitlist` : ''}`;

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="x-registration">
      <Title order={2} fz="lg" id="x-registration" mb={4}>
        Registration
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {seats}
        {exchange.maybe ? ` · ${exchange.maybe} maybe` : ''}
        {exchange.requiresApproval ? ' · the organiser approves each registration' : ''}
      </Text>
      <Stack gap="sm">
        {exchange.myStatus === 'waitlisted' && (
          <Alert color="orange" variant="light" icon={<IconHourglass size={18} />} p="sm" role="status">
            You are on the waitlist{position > 0 ? `, position ${position}` : ''}. You move up automatically when a seat frees.
          </Alert>
        )}
        {exchange.myStatus === 'pending-approval' && (
          <Alert color="orange" variant="light" icon={<IconHourglass size={18} />} p="sm" role="status">
            Waiting for the organiser's approval.
          </Alert>
        )}
        {exchange.myStatus === 'going' && (
          <Text size="sm" fw={600} c="green.8" role="status">
            You're going.
          </Text>
        )}
        {reason && (
          <Text size="sm" c="dimmed">
            {reason}.
          </Text>
        )}
        {(allowed || reason) && (
          <Group gap="xs" grow role="group" aria-label="Your answer">
            {ANSWERS.map(({ answer: value, label, icon: Icon, color }) => {
              const chosen = current === value;
              const button = (
                <Button
                  key={value}
                  variant={chosen ? 'filled' : 'default'}
                  color={chosen ? color : undefined}
                  leftSection={chosen ? <Icon size={16} /> : undefined}
                  aria-pressed={chosen}
                  disabled={!allowed}
                  loading={register.isPending && register.variables.answer === value}
                  onClick={() => !chosen && answer(value)}
                  px="xs"
                >
                  {label}
                </Button>
              );
              return reason ? (
                <Tooltip key={value} label={reason} withArrow>
                  <span style={{ display: 'flex' }}>{button}</span>
                </Tooltip>
              ) : (
                button
              );
            })}
          </Group>
        )}
        {!allowed && !reason && (
          <Text size="sm" c="dimmed">
            Only members of {exchange.allianceName} register for its exchanges.
          </Text>
        )}
      </Stack>
    </Card>
  );
}
