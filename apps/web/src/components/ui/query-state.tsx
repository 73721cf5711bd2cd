import { useIntl } from 'react-intl';
import { Alert, Button, Center, Loader, Stack } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiError, errorMessage } from '../../lib/api-client';
import { NotFoundPage } from './not-found-page';

/** Loading, error and not-found states of a query, the same everywhere. */
export function QueryState<T>({ query, children, loading }: { query: UseQueryResult<T>; children: (data: T) => ReactNode; loading?: ReactNode }) {
  const intl = useIntl();
  if (query.isPending) {
    return (
      loading ?? (
        <Center py={48}>
          <Loader aria-label={intl.formatMessage({ id: 'query.loading' })} />
        </Center>
      )
    );
  }
  if (query.isError) {
    if (query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 403)) return <NotFoundPage />;
    return (
      <Alert color="red" title={intl.formatMessage({ id: 'query.failed' })} role="alert">
        <Stack gap="sm" align="flex-start">
          {errorMessage(query.error)}
          <Button size="xs" variant="white" color="red" onClick={() => void query.refetch()}>
            {intl.formatMessage({ id: 'common.retry' })}
          </Button>
        </Stack>
      </Alert>
    );
  }
  return <>{children(query.data)}</>;
}
