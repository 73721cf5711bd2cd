import type { AgendaItem, CountryCode, ExchangeDetail, ExchangeSummary, Organisation, RegistrationStatus } from '@peerhub/contracts';
import type { AgendaItemEntity } from './agenda-item.entity';
import type { ExchangeEntity } from './exchange.entity';

import type { ExchangeCounts } from './exchange-counts';

export function toExchangeSummary(e: ExchangeEntity, counts: ExchangeCounts, myStatus: RegistrationStatus | null, invited: boolean): ExchangeSummary {
  return {
    id: e.id,
    allianceId: e.allianceId,
    type: e.type,
    title: e.title,
    hostCountry: e.hostCountry as CountryCode,
    format: e.format,
    startsAt: e.startsAt.toISOString(),
    endsAt: e.endsAt.toISOString(),
    timezone: e.timezone,
    status: e.status,
    capacity: e.capacity,
    going: counts.going,
    waitlisted: counts.waitlisted,
    myStatus,
    groupIds: e.groupIds,
    invited,
  };
}

export function toAgendaItem(a: AgendaItemEntity): AgendaItem {
  return { id: a.id, startsAt: a.startsAt.toISOString(), endsAt: a.endsAt.toISOString(), topic: a.topic, speakers: a.speakers, materials: a.materials };
}

export function toExchangeDetail(
  e: ExchangeEntity,
  extra: { counts: ExchangeCounts; myStatus: RegistrationStatus | null; invited: boolean; invitees: ExchangeDetail['invitees']; agenda: AgendaItemEntity[]; organisations: Map<string, Organisation>; allianceName: string },
): ExchangeDetail {
  return {
    ...toExchangeSummary(e, extra.counts, extra.myStatus, extra.invited),
    allianceName: extra.allianceName,
    description: e.description,
    learningObjectives: e.learningObjectives,
    hostOrganisation: e.hostOrganisationId ? (extra.organisations.get(e.hostOrganisationId) ?? null) : null,
    coOrganisers: e.coOrganiserIds.flatMap((id) => extra.organisations.get(id) ?? []),
    venue: e.venue,
    meetingUrl: e.meetingUrl,
    requiresApproval: e.requiresApproval,
    invitees: extra.invitees,
    agenda: extra.agenda.map(toAgendaItem),
    organiserId: e.organiserId,
    maybe: extra.counts.maybe,
    pending: extra.counts.pending,
    sequence: e.sequence,
  };
}
