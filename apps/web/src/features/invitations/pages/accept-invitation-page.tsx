import { Alert, Anchor, Button, MultiSelect, PasswordInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { AcceptInvitationRequest, type InvitationPreview } from '@peerhub/contracts';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { AuthLayout } from '../../../components/ui/auth-layout';
import { countryOptions } from '../../../components/ui/country';
import { browserTimeZone, formatDate, languageOptions } from '../../../components/ui/labels';
import { TimeZoneSelect } from '../../../components/ui/time-zone-select';
import { t } from '../../../i18n/locale-store';
import { ApiError, errorMessage, fieldErrors, isApiError } from '../../../lib/api-client';
import { validateWith } from '../../../lib/form';
import { useAcceptInvitation } from '../api/accept-invitation';
import { useInvitationPreview } from '../api/get-invitation-preview';

function unusableReason(error: unknown): { title: string; text: string } {
  if (isApiError(error, 'INVITATION_ALREADY_ACCEPTED')) {
    return { title: t('invitations.accept.alreadyAccepted'), text: t('invitations.accept.alreadyAcceptedText') };
  }
  if (isApiError(error, 'INVITATION_INVALID', 'NOT_FOUND', 'VALIDATION_FAILED')) {
    const message = error instanceof ApiError ? error.message.replace(/\.?$/, '.') : '';
    return {
      title: t('invitations.accept.invalid'),
      text: `${message} ${t('invitations.accept.invalidText')}`.trim(),
    };
  }
  return { title: t('invitations.accept.notOpened'), text: errorMessage(error) };
}

export function AcceptInvitationPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const preview = useInvitationPreview(token);
  const intl = useIntl();

  if (token.length < 10 || preview.isError) {
    const reason =
      token.length < 10
        ? { title: intl.formatMessage({ id: 'invitations.accept.incomplete' }), text: intl.formatMessage({ id: 'invitations.accept.incompleteText' }) }
        : unusableReason(preview.error);
    return (
      <AuthLayout title={reason.title}>
        <Alert color="orange" role="alert">
          {reason.text}
        </Alert>
        <Button component={Link} to="/sign-in" variant="light">
          {intl.formatMessage({ id: 'invitations.accept.goToSignIn' })}
        </Button>
      </AuthLayout>
    );
  }
  if (!preview.data) {
    return (
      <AuthLayout title={intl.formatMessage({ id: 'invitations.accept.opening' })}>
        <Text c="dimmed" size="sm">
          {intl.formatMessage({ id: 'invitations.accept.oneMoment' })}
        </Text>
      </AuthLayout>
    );
  }
  return <AcceptForm token={token} preview={preview.data} />;
}

interface Values {
  token: string;
  name: string;
  password: string;
  country: string | null;
  timezone: string;
  languages: string[];
}

function AcceptForm({ token, preview }: { token: string; preview: InvitationPreview }) {
  const intl = useIntl();
  const navigate = useNavigate();
  const accept = useAcceptInvitation();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<Values, AcceptInvitationRequest>({
    mode: 'uncontrolled',
    initialValues: { token, name: preview.name, password: '', country: preview.country, timezone: browserTimeZone(), languages: [] },
    validate: validateWith(AcceptInvitationRequest),
    transformValues: (v) => AcceptInvitationRequest.parse(v),
  });
  const submit = form.onSubmit(async (body) => {
    setError(null);
    try {
      await accept.mutateAsync(body);
      await navigate('/', { replace: true });
    } catch (e) {
      form.setErrors(fieldErrors(e));
      setError(isApiError(e, 'INVITATION_INVALID', 'INVITATION_ALREADY_ACCEPTED') ? unusableReason(e).text : errorMessage(e));
    }
  });
  return (
    <AuthLayout
      width={520}
      title={intl.formatMessage({ id: 'invitations.accept.title' }, { alliance: preview.allianceName })}
      subtitle={
        <FormattedMessage
          id="invitations.accept.subtitle"
          values={{ b: (chunks) => <strong>{chunks}</strong>, inviter: preview.invitedByName, role: preview.role, email: preview.email, date: formatDate(preview.expiresAt) }}
        />
      }
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          {error && (
            <Alert color="red" role="alert" title={intl.formatMessage({ id: 'invitations.accept.notAccepted' })}>
              {error}
            </Alert>
          )}
          {preview.hasAccount && (
            <Alert color="peerhub" variant="light">
              {intl.formatMessage({ id: 'invitations.accept.hasAccount' })}{' '}
              <Anchor component={Link} to="/reset-password" size="sm">
                {intl.formatMessage({ id: 'invitations.accept.forgotIt' })}
              </Anchor>
            </Alert>
          )}
          <TextInput
            label={intl.formatMessage({ id: 'invitations.accept.name' })}
            description={intl.formatMessage({ id: 'invitations.accept.nameHint' })}
            required
            autoComplete="name"
            key={form.key('name')}
            {...form.getInputProps('name')}
          />
          <PasswordInput
            label={intl.formatMessage({ id: preview.hasAccount ? 'invitations.accept.password' : 'invitations.accept.choosePassword' })}
            description={preview.hasAccount ? undefined : intl.formatMessage({ id: 'invitations.accept.passwordHint' })}
            autoComplete={preview.hasAccount ? 'current-password' : 'new-password'}
            required
            key={form.key('password')}
            {...form.getInputProps('password')}
          />
          <Select
            label={intl.formatMessage({ id: 'invitations.accept.country' })}
            data={countryOptions()}
            searchable
            clearable
            placeholder={intl.formatMessage({ id: 'invitations.accept.countryPlaceholder' })}
            key={form.key('country')}
            {...form.getInputProps('country')}
          />
          <TimeZoneSelect
            label={intl.formatMessage({ id: 'invitations.accept.timezone' })}
            description={intl.formatMessage({ id: 'invitations.accept.timezoneHint' })}
            required
            key={form.key('timezone')}
            {...form.getInputProps('timezone')}
          />
          <MultiSelect
            label={intl.formatMessage({ id: 'invitations.accept.languages' })}
            data={languageOptions()}
            searchable
            placeholder={intl.formatMessage({ id: 'invitations.accept.languagesPlaceholder' })}
            key={form.key('languages')}
            {...form.getInputProps('languages')}
          />
          <Button type="submit" loading={accept.isPending} size="md">
            {intl.formatMessage({ id: 'invitations.accept.submit' })}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
