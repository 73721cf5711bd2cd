import { Alert, Button, Card, Group, Stack, Text, Title, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ExchangeDetail, RegisterRequest } from '@peerhub/contracts';
import { can, whyNot } from '@peerhub/domain';
import { IconCheck, IconHelp, IconHourglass, IconX } from '@tabler/icons-react';
import { useIntl } from 'react-intl';
import type { MessageId } from '../../../i18n/locale-store';
import { errorMessage } from '../../../lib/api-client';
import { useActor, useMe } from '../../../lib/session';
import { useParticipants } from '../api/get-participants';
import { useRegister } from '../api/register';
import { exchangeSubject } from '../model/subject';
import { localText } from '../../../i18n/outside-texts';

const ANSWERS: Array<{ answer: RegisterRequest['answer']; labelId: MessageId; icon: typeof IconCheck; color: string }> = [
  { answer: 'going', labelId: 'exchanges.registration.going', icon: IconCheck, color: 'green' },
  { answer: 'maybe', labelId: 'exchanges.registration.maybe', icon: IconHelp, color: 'blue' },
  { answer: 'declined', labelId: 'exchanges.registration.declined', icon: IconX, color: 'gray' },
];

/** Which answer a registration status stands for (the waitlist and approval are answers of "going"). */
const answerOf = (status: ExchangeDetail['myStatus']): RegisterRequest['answer'] | null => (status === 'waitlisted' || status === 'pending-approval' ? 'going' : status);

/** Going / Maybe / Can't go, with where I stand (waitlist position, waiting for approval) and the seats. */
export function RegistrationPanel({ exchange }: { exchange: ExchangeDetail }) {
  const intl = useIntl();
  const me = useMe();
  const actor = useActor();
  const subject = exchangeSubject(exchange, me.id);
  const reason = localText(whyNot(actor, 'exchange.register', subject));
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
          notifications.show({
            color: status === 'going' ? 'green' : 'peerhub',
            title: intl.formatMessage({ id: 'exchanges.registration.savedTitle' }),
            message: intl.formatMessage({ id: `exchanges.registration.saved.${status}` }),
          });
        },
        onError: (e) => notifications.show({ color: 'red', title: intl.formatMessage({ id: 'exchanges.registration.notSaved' }), message: errorMessage(e) }),
      },
    );

  const seats =
    exchange.capacity === null
      ? `${intl.formatMessage({ id: 'exchanges.seats.going' }, { going: exchange.going })} · ${intl.formatMessage({ id: 'exchanges.seats.noLimit' })}`
      : `${intl.formatMessage({ id: 'exchanges.seats.taken' }, { going: exchange.going, capacity: exchange.capacity })}${exchange.waitlisted ? ` · ${intl.formatMessage({ id: 'exchanges.seats.onWaitlist' }, { count: exchange.waitlisted })}` : ''}`;

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="x-registration">
      <Title order={2} fz="lg" id="x-registration" mb={4}>
        {intl.formatMessage({ id: 'exchanges.registration.title' })}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {seats}
        {exchange.maybe ? ` · ${intl.formatMessage({ id: 'exchanges.seats.maybe' }, { count: exchange.maybe })}` : ''}
        {exchange.requiresApproval ? ` · ${intl.formatMessage({ id: 'exchanges.seats.approval' })}` : ''}
      </Text>
      <Stack gap="sm">
        {exchange.myStatus === 'waitlisted' && (
          <Alert color="orange" variant="light" icon={<IconHourglass size={18} />} p="sm" role="status">
            {position > 0 ? intl.formatMessage({ id: 'exchanges.registration.waitlistedAt' }, { position }) : intl.formatMessage({ id: 'exchanges.registration.waitlisted' })}
          </Alert>
        )}
        {exchange.myStatus === 'pending-approval' && (
          <Alert color="orange" variant="light" icon={<IconHourglass size={18} />} p="sm" role="status">
            {intl.formatMessage({ id: 'exchanges.registration.pending' })}
          </Alert>
        )}
        {exchange.myStatus === 'going' && (
          <Text size="sm" fw={600} c="green.8" role="status">
            {intl.formatMessage({ id: 'exchanges.registration.youreGoing' })}
          </Text>
        )}
        {reason && (
          <Text size="sm" c="dimmed">
            {reason}.
          </Text>
        )}
        {(allowed || reason) && (
          <Group gap="xs" grow role="group" aria-label={intl.formatMessage({ id: 'exchanges.registration.yourAnswer' })}>
            {ANSWERS.map(({ answer: value, labelId, icon: Icon, color }) => {
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
                  {intl.formatMessage({ id: labelId })}
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
            {intl.formatMessage({ id: 'exchanges.registration.membersOnly' }, { alliance: exchange.allianceName })}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
