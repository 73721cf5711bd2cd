import { Alert, Anchor, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { PasswordResetConfirm, PasswordResetRequest } from '@peerhub/contracts';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { AuthLayout } from '../../../components/ui/auth-layout';
import { errorMessage, fieldErrors, isApiError } from '../../../lib/api-client';
import { useConfirmPasswordReset } from '../api/confirm-password-reset';
import { useRequestPasswordReset } from '../api/request-password-reset';
import { validateWith } from '../../../lib/form';

/** Without a token: ask for a link. With one (from the e-mail): choose a new password. */
export function ResetPasswordPage() {
  const [params] = useSearchParams();
  const token = params.get('token');
  return token ? <ChooseNewPassword token={token} /> : <AskForLink />;
}

function BackToSignIn() {
  const intl = useIntl();
  return (
    <Anchor component={Link} to="/sign-in" size="sm" ta="center">
      {intl.formatMessage({ id: 'auth.reset.backToSignIn' })}
    </Anchor>
  );
}

function AskForLink() {
  const intl = useIntl();
  const request = useRequestPasswordReset();
  const [error, setError] = useState<string | null>(null);
  const form = useForm({ mode: 'uncontrolled', initialValues: { email: '' }, validate: validateWith(PasswordResetRequest) });
  const submit = form.onSubmit(async (values) => {
    setError(null);
    try {
      await request.mutateAsync(PasswordResetRequest.parse(values));
    } catch (e) {
      form.setErrors(fieldErrors(e));
      setError(errorMessage(e));
    }
  });
  return (
    <AuthLayout title={intl.formatMessage({ id: 'auth.reset.title' })} subtitle={intl.formatMessage({ id: 'auth.reset.subtitle' })}>
      {request.isSuccess ? (
        <Alert color="peerhub" role="status" title={intl.formatMessage({ id: 'auth.reset.checkEmail' })}>
          {request.data.message}
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            {error && (
              <Alert color="red" role="alert">
                {error}
              </Alert>
            )}
            <TextInput label={intl.formatMessage({ id: 'auth.email' })} type="email" autoComplete="username" required key={form.key('email')} {...form.getInputProps('email')} />
            <Button type="submit" loading={request.isPending}>
              {intl.formatMessage({ id: 'auth.reset.sendLink' })}
            </Button>
          </Stack>
        </form>
      )}
      <BackToSignIn />
    </AuthLayout>
  );
}

function ChooseNewPassword({ token }: { token: string }) {
  const intl = useIntl();
  const confirm = useConfirmPasswordReset();
  const [error, setError] = useState<string | null>(null);
  const form = useForm({ mode: 'uncontrolled', initialValues: { token, password: '' }, validate: validateWith(PasswordResetConfirm) });
  const submit = form.onSubmit(async (values) => {
    setError(null);
    try {
      await confirm.mutateAsync(PasswordResetConfirm.parse(values));
    } catch (e) {
      form.setErrors(fieldErrors(e));
      setError(isApiError(e, 'RESET_TOKEN_INVALID') ? intl.formatMessage({ id: 'auth.reset.invalidToken' }) : errorMessage(e));
    }
  });
  if (confirm.isSuccess) {
    return (
      <AuthLayout title={intl.formatMessage({ id: 'auth.reset.changed' })} subtitle={intl.formatMessage({ id: 'auth.reset.changedText' })}>
        <Button component={Link} to="/sign-in">
          {intl.formatMessage({ id: 'auth.reset.signIn' })}
        </Button>
      </AuthLayout>
    );
  }
  return (
    <AuthLayout title={intl.formatMessage({ id: 'auth.reset.chooseTitle' })} subtitle={intl.formatMessage({ id: 'auth.reset.chooseSubtitle' })}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {error && (
            <Alert color="red" role="alert">
              {error}{' '}
              <Anchor component={Link} to="/reset-password" size="sm">
                {intl.formatMessage({ id: 'auth.reset.askNewLink' })}
              </Anchor>
            </Alert>
          )}
          <PasswordInput label={intl.formatMessage({ id: 'auth.reset.newPassword' })} autoComplete="new-password" required key={form.key('password')} {...form.getInputProps('password')} />
          <Button type="submit" loading={confirm.isPending}>
            {intl.formatMessage({ id: 'auth.reset.save' })}
          </Button>
        </Stack>
      </form>
      <BackToSignIn />
    </AuthLayout>
  );
}
