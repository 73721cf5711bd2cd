import type { UiLocale } from '@peerhub/contracts';
import { createEvents, type EventAttributes } from 'ics';
import { textsIn } from '../mail/mail-messages';
import type { ExchangeEntity } from './exchange.entity';

const toIcsStatus = { draft: 'TENTATIVE', published: 'CONFIRMED', completed: 'CONFIRMED', cancelled: 'CANCELLED' } as const;

export type IcsExchange = Pick<ExchangeEntity, 'id' | 'sequence' | 'status' | 'title' | 'description' | 'organiserId' | 'meetingUrl' | 'format' | 'venue' | 'startsAt' | 'endsAt'>;

/**
 * Exchanges as iCalendar text (with the `ics` library). What people wrote (title, description,
 * venue) stays as written; Peerhub's own words ("Cancelled", "Organised by", "Join") are in the
 * reader's language. Stable UIDs and a SEQUENCE raised on every change let Google, Outlook and
 * Apple update or cancel the event they already hold.
 */
export function exchangesIcs(
  exchanges: IcsExchange[],
  options: { locale: UiLocale; calendarName: string; publicUrl: string; organiserNames: ReadonlyMap<string, string> },
): string {
  const t = textsIn(options.locale);
  const events: EventAttributes[] = exchanges.map((e) => {
    const page = `${options.publicUrl}/exchanges/${e.id}`;
    const organiser = e.organiserId ? options.organiserNames.get(e.organiserId) : undefined;
    return {
      uid: `exchange-${e.id}@peerhub`,
      sequence: e.sequence,
      status: toIcsStatus[e.status],
      title: e.status === 'cancelled' ? t('calendar.cancelled', { title: e.title }) : e.title,
      description: [e.description, organiser ? t('calendar.organisedBy', { name: organiser }) : '', e.meetingUrl ? t('calendar.join', { url: e.meetingUrl }) : '', page].filter(Boolean).join('\n\n'),
      location: e.format === 'online' ? (e.meetingUrl ?? t('calendar.online')) : e.venue,
      url: page,
      start: e.startsAt.getTime(),
      end: e.endsAt.getTime(),
      startInputType: 'utc',
      startOutputType: 'utc',
      endInputType: 'utc',
      endOutputType: 'utc',
      productId: 'peerhub/exchanges',
      calName: options.calendarName,
    };
  });
  const { error, value } = createEvents(events, { productId: 'peerhub/exchanges', method: 'PUBLISH', calName: options.calendarName });
  if (error || value == null) throw error ?? new Error('Could not build the calendar');
  return value;
}
