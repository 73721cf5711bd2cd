import ICAL from 'ical.js';
import { exchangesIcs, type IcsExchange } from './calendar-ics';

const exchange = (overrides: Partial<IcsExchange> = {}): IcsExchange => ({
  id: '6f1c2a9e-4b1d-4e7a-9a57-3d2f0c1b2a10',
  sequence: 2,
  status: 'published',
  title: 'Workshop on one-stop shops',
  description: 'Two days in Tashkent.',
  organiserId: 'organiser-1',
  meetingUrl: null,
  format: 'online',
  venue: '',
  startsAt: new Date('2027-05-30T04:00:00Z'),
  endsAt: new Date('2027-05-30T12:00:00Z'),
  ...overrides,
});

const events = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => ({ event: new ICAL.Event(v), location: v.getFirstPropertyValue('location') }));
const options = { calendarName: 'Peerhub: Дильноза', publicUrl: 'http://peerhub.test', organiserNames: new Map([['organiser-1', 'Daniyar Seitkali']]) };

describe('the .ics of exchanges', () => {
  it("writes Peerhub's words in Russian and leaves the exchange's own title as written", () => {
    const ics = exchangesIcs([exchange({ status: 'cancelled' }), exchange({ id: 'b2', meetingUrl: 'https://meet.example/abc' })], { ...options, locale: 'ru' });
    const [cancelled, online] = events(ics);
    expect(cancelled!.event.summary).toBe('Отменено: Workshop on one-stop shops');
    expect(cancelled!.event.description).toBe('Two days in Tashkent.\n\nОрганизатор: Daniyar Seitkali\n\nhttp://peerhub.test/exchanges/6f1c2a9e-4b1d-4e7a-9a57-3d2f0c1b2a10');
    expect(cancelled!.location).toBe('Онлайн');
    expect(online!.event.summary).toBe('Workshop on one-stop shops');
    expect(online!.event.description).toContain('Подключиться: https://meet.example/abc');
    expect(new ICAL.Component(ICAL.parse(ics)).getFirstPropertyValue('x-wr-calname')).toBe('Peerhub: Дильноза');
  });

  it('keeps the English words in English', () => {
    const [cancelled] = events(exchangesIcs([exchange({ status: 'cancelled' })], { ...options, locale: 'en' }));
    expect(cancelled!.event.summary).toBe('Cancelled: Workshop on one-stop shops');
    expect(cancelled!.event.description).toContain('Organised by Daniyar Seitkali');
    expect(cancelled!.location).toBe('Online');
  });
});
