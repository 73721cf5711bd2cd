import { Anchor } from '@mantine/core';
import type { ExchangeDetail } from '@peerhub/contracts';
import { can } from '@peerhub/domain';
import { useIntl } from 'react-intl';
import { Link, useParams, useSearchParams } from 'react-router';
import { NotFoundPage } from '../../../components/ui/not-found-page';
import { PageHeader } from '../../../components/ui/page-header';
import { QueryState } from '../../../components/ui/query-state';
import { useActor, useMe } from '../../../lib/session';
import { useExchange } from '../api/get-exchange';
import { ExchangeForm } from '../components/exchange-form';
import { exchangeSubject } from '../model/subject';

/** /exchanges/new: a coordinator drafts an exchange in one of the alliances they run. */
export function NewExchangePage() {
  const intl = useIntl();
  const me = useMe();
  const actor = useActor();
  const [params] = useSearchParams();
  const options = me.memberships.filter((m) => m.status === 'active' && can(actor, 'exchange.create', { allianceId: m.allianceId })).map((m) => ({ value: m.allianceId, label: m.allianceName }));
  if (options.length === 0) return <NotFoundPage />;
  const wanted = params.get('allianceId');
  const defaultAllianceId = options.find((o) => o.value === wanted)?.value ?? (options.length === 1 ? (options[0]?.value ?? '') : '');
  return (
    <>
      <Anchor component={Link} to="/exchanges" size="sm" mb="md" display="inline-block">
        {intl.formatMessage({ id: 'exchanges.back' })}
      </Anchor>
      <PageHeader eyebrow={intl.formatMessage({ id: 'exchanges.title' })} title={intl.formatMessage({ id: 'exchanges.new' })} description={intl.formatMessage({ id: 'exchanges.newPage.description' })} />
      <ExchangeForm allianceOptions={options} defaultAllianceId={defaultAllianceId} />
    </>
  );
}

/** /exchanges/:id/edit: the organiser or a coordinator edits it. */
export function EditExchangePage() {
  const { exchangeId = '' } = useParams();
  const exchange = useExchange(exchangeId);
  return <QueryState query={exchange}>{(e) => <Edit exchange={e} />}</QueryState>;
}

function Edit({ exchange }: { exchange: ExchangeDetail }) {
  const intl = useIntl();
  const me = useMe();
  const actor = useActor();
  if (!can(actor, 'exchange.manage', exchangeSubject(exchange, me.id)) || exchange.status === 'cancelled' || exchange.status === 'completed') return <NotFoundPage />;
  return (
    <>
      <Anchor component={Link} to={`/exchanges/${exchange.id}`} size="sm" mb="md" display="inline-block">
        ← {exchange.title}
      </Anchor>
      <PageHeader
        eyebrow={exchange.allianceName}
        title={intl.formatMessage({ id: 'exchanges.editPage.title' }, { title: exchange.title })}
        documentTitle={intl.formatMessage({ id: 'exchanges.editPage.title' }, { title: exchange.title })}
        description={exchange.status === 'published' ? intl.formatMessage({ id: 'exchanges.editPage.description' }) : undefined}
      />
      <ExchangeForm exchange={exchange} allianceOptions={[]} defaultAllianceId={exchange.allianceId} />
    </>
  );
}
