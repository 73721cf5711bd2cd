import { Alert, Anchor, Button, MultiSelect, PasswordInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { AcceptInvitationRequest, type InvitationPreview } from '@peerhub/contracts';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { AuthLayout } from '../../../components/ui/auth-layout';
import { countryOptions } from '../../../components/ui/country';
import { browserTimeZone, formatDate, languageOptions, roleName } from '../../../components/ui/labels';
import { TimeZoneSelect } from '../../../components/ui/time-zone-select';
import { ApiError, errorMessage, fieldErrors, isApiError } from '../../../lib/api-client';
import { validateWith } from '../../../lib/form';
import { useAcceptInvitation } from '../api/accept-invitation';
import { useInvitationPreview } from '../api/get-invitation-preview';

function unusableReason(error: unknown): { title: string; text: string } {
  if (isApiError(error, 'INVITATION_ALREADY_ACCEPTED')) {
    return { title: 'This invitation is already accepted', text: 'Its account exists: sign in with its e-mail and password.' };
  }
  if (isApiError(error, 'INVITATION_INVALID', 'NOT_FOUND', 'VALIDATION_FAILED')) {
    const message = error instanceof ApiError ? error.message.replace(/\.?$/, '.') : '';
    return {
      title: 'This invitation link does not work',
      text: `${message} Invitation links work once, expire after 14 days and stop working when revoked: ask your alliance coordinator for a new one.`.trim(),
    };
  }
  return { title: 'The invitation could not be opened', text: errorMessage(error) };
}

export function AcceptInvitationPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const preview = useInvitationPreview(token);

  if (token.length < 10 || preview.isError) {
    const reason = token.length < 10 ? { title: 'This invitation link is incomplete', text: 'The link has no invitation token. Open the link from your e-mail again, or copy all of it into the address bar.' } : unusableReason(preview.error);
    return (
      <AuthLayout title={reason.title}>
        <Alert color="orange" role="alert">
          {reason.text}
        </Alert>
        <Button component={Link} to="/sign-in" variant="light">
          Go to sign-in
        </Button>
      </AuthLayout>
    );
  }
  if (!preview.data) {
    return (
      <AuthLayout title="Opening your invitation…">
        <Text c="dimmed" size="sm">
          One moment.
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
      title={`Join the ${preview.allianceName}`}
      subtitle={
        <>
          <strong>{preview.invitedByName}</strong> invites you to join as <strong>{roleName(preview.role).toLowerCase()}</strong>. The invitation is for {preview.email} and
          is valid until {formatDate(preview.expiresAt)}.
        </>
      }
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          {error && (
            <Alert color="red" role="alert" title="Not accepted">
              {error}
            </Alert>
          )}
          {preview.hasAccount && (
            <Alert color="peerhub" variant="light">
              You already have a Peerhub account. Enter its password to add this alliance to it.{' '}
              <Anchor component={Link} to="/reset-password" size="sm">
                Forgot it?
              </Anchor>
            </Alert>
          )}
          <TextInput label="Your name" description="As your peers will see it" required autoComplete="name" key={form.key('name')} {...form.getInputProps('name')} />
          <PasswordInput
            label={preview.hasAccount ? 'Your password' : 'Choose a password'}
            description={preview.hasAccount ? undefined : 'At least 10 characters'}
            autoComplete={preview.hasAccount ? 'current-password' : 'new-password'}
            required
            key={form.key('password')}
            {...form.getInputProps('password')}
          />
          <Select label="Country" data={countryOptions()} searchable clearable placeholder="The country you serve" key={form.key('country')} {...form.getInputProps('country')} />
          <TimeZoneSelect label="Time zone" description="Peers see your local time before they write to you" required key={form.key('timezone')} {...form.getInputProps('timezone')} />
          <MultiSelect label="Languages you work in" data={languageOptions()} searchable placeholder="e.g. Russian, English" key={form.key('languages')} {...form.getInputProps('languages')} />
          <Button type="submit" loading={accept.isPending} size="md">
            Accept and sign in
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
