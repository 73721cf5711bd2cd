import { Alert, Anchor, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { PasswordResetConfirm, PasswordResetRequest } from '@peerhub/contracts';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { AuthLayout } from '../../../components/ui/auth-layout';
import { errorMessage, fieldErrors, isApiError } from '../../../lib/api-client';
import { useConfirmPasswordReset } from '../api/confirm-password-reset';
import { useRequestPasswordReset } from '../api/request-password-reset';

/** Without a token: ask for a link. With one (from the e-mail): choose a new password. */
export function ResetPasswordPage() {
  const [params] = useSearchParams();
  const token = params.get('token');
  return token ? <ChooseNewPassword token={token} /> : <AskForLink />;
}

function BackToSignIn() {
  return (
    <Anchor component={Link} to="/sign-in" size="sm" ta="center">
      Back to sign-in
    </Anchor>
  );
}

function AskForLink() {
  const request = useRequestPasswordReset();
  const [error, setError] = useState<string | null>(null);
  const form = useForm({ mode: 'uncontrolled', initialValues: { email: '' }, validate: schemaResolver(PasswordResetRequest, { sync: true }) });
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
    <AuthLayout title="Reset your password" subtitle="Enter the e-mail you sign in with. We will send you a link to choose a new password.">
      {request.isSuccess ? (
        <Alert color="peerhub" role="status" title="Check your e-mail">
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
            <TextInput label="E-mail" type="email" autoComplete="username" required key={form.key('email')} {...form.getInputProps('email')} />
            <Button type="submit" loading={request.isPending}>
              Send the link
            </Button>
          </Stack>
        </form>
      )}
      <BackToSignIn />
    </AuthLayout>
  );
}

function ChooseNewPassword({ token }: { token: string }) {
  const confirm = useConfirmPasswordReset();
  const [error, setError] = useState<string | null>(null);
  const form = useForm({ mode: 'uncontrolled', initialValues: { token, password: '' }, validate: schemaResolver(PasswordResetConfirm, { sync: true }) });
  const submit = form.onSubmit(async (values) => {
    setError(null);
    try {
      await confirm.mutateAsync(PasswordResetConfirm.parse(values));
    } catch (e) {
      form.setErrors(fieldErrors(e));
      setError(isApiError(e, 'RESET_TOKEN_INVALID') ? 'This reset link is invalid, expired or already used.' : errorMessage(e));
    }
  });
  if (confirm.isSuccess) {
    return (
      <AuthLayout title="Your password is changed" subtitle="For your safety, every device you were signed in on has been signed out.">
        <Button component={Link} to="/sign-in">
          Sign in
        </Button>
      </AuthLayout>
    );
  }
  return (
    <AuthLayout title="Choose a new password" subtitle="Use at least 10 characters. A short sentence is easy to remember and hard to guess.">
      <form onSubmit={submit} noValidate>
        <Stack>
          {error && (
            <Alert color="red" role="alert">
              {error}{' '}
              <Anchor component={Link} to="/reset-password" size="sm">
                Ask for a new link
              </Anchor>
            </Alert>
          )}
          <PasswordInput label="New password" autoComplete="new-password" required key={form.key('password')} {...form.getInputProps('password')} />
          <Button type="submit" loading={confirm.isPending}>
            Save the new password
          </Button>
        </Stack>
      </form>
      <BackToSignIn />
    </AuthLayout>
  );
}
