import { Alert, Anchor, Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { LoginRequest } from '@peerhub/contracts';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { AuthLayout } from '../../../components/ui/auth-layout';
import { errorMessage, fieldErrors, isApiError } from '../../../lib/api-client';
import { useSession } from '../../../lib/session';
import { useSignIn } from '../api/sign-in';
import { validateWith } from '../../../lib/form';

function safeNext(value: string | null): string {
  return value?.startsWith('/') && !value.startsWith('//') ? value : '/';
}

export function SignInPage() {
  const intl = useIntl();
  const { person, endedBecause } = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const signIn = useSignIn();
  const [error, setError] = useState<string | null>(null);
  const form = useForm({ mode: 'uncontrolled', initialValues: { email: '', password: '' }, validate: validateWith(LoginRequest) });
  const next = safeNext(params.get('next'));
  if (person && !signIn.isPending) return <Navigate to={next} replace />;

  const submit = form.onSubmit(async (values) => {
    setError(null);
    try {
      await signIn.mutateAsync(LoginRequest.parse(values));
      await navigate(next, { replace: true });
    } catch (e) {
      form.setErrors(fieldErrors(e));
      setError(isApiError(e, 'INVALID_CREDENTIALS') ? intl.formatMessage({ id: 'auth.signIn.invalidCredentials' }) : errorMessage(e));
    }
  });

  return (
    <AuthLayout title={intl.formatMessage({ id: 'auth.signIn.title' })} subtitle={intl.formatMessage({ id: 'auth.signIn.subtitle' })}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {endedBecause && !error && (
            <Alert color="yellow" role="status" title={intl.formatMessage({ id: 'auth.signIn.sessionEnded' })}>
              {intl.formatMessage({ id: `session.ended.${endedBecause}` })}
            </Alert>
          )}
          {error && (
            <Alert color="red" role="alert" title={intl.formatMessage({ id: 'auth.signIn.failed' })}>
              {error}
            </Alert>
          )}
          <TextInput label={intl.formatMessage({ id: 'auth.email' })} type="email" autoComplete="username" required key={form.key('email')} {...form.getInputProps('email')} />
          <PasswordInput label={intl.formatMessage({ id: 'auth.signIn.password' })} autoComplete="current-password" required key={form.key('password')} {...form.getInputProps('password')} />
          <Group justify="flex-end" mt={-6}>
            <Anchor component={Link} to="/reset-password" size="sm">
              {intl.formatMessage({ id: 'auth.signIn.forgotPassword' })}
            </Anchor>
          </Group>
          <Button type="submit" loading={signIn.isPending} fullWidth size="md">
            {intl.formatMessage({ id: 'auth.signIn.submit' })}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
