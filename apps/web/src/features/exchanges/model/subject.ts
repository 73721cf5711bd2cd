import type { ExchangeDetail, ExchangeSummary } from '@peerhub/contracts';
import type { ExchangeSubject } from '@peerhub/domain';

/** The policies' view of an exchange for the signed-in person (a summary does not say who organises it). */
export function exchangeSubject(exchange: ExchangeSummary | ExchangeDetail, meId: string): ExchangeSubject {
  return { allianceId: exchange.allianceId, status: exchange.status, organiser: 'organiserId' in exchange && exchange.organiserId === meId, invited: exchange.invited };
}
