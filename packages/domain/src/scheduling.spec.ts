import { bestSlot, crossesMidnight, fromLocal, localDays, toLocal } from './scheduling';

describe('scheduling across the region’s time zones', () => {
  it('reads the Tashkent workshop of 30–31 May 2019 in Tashkent and in Tallinn', () => {
    const start = fromLocal({ date: '2019-05-30', time: '09:00' }, 'Asia/Tashkent');
    expect(start.toISOString()).toBe('2019-05-30T04:00:00.000Z');
    expect(toLocal(start, 'Europe/Tallinn')).toEqual({ date: '2019-05-30', time: '07:00' });
    expect(toLocal(start, 'Asia/Bishkek')).toEqual({ date: '2019-05-30', time: '10:00' });
  });

  it('keeps 10:00 in Tallinn at 10:00 across the spring change, while Almaty moves by an hour', () => {
    const before = fromLocal({ date: '2026-03-28', time: '10:00' }, 'Europe/Tallinn');
    const after = fromLocal({ date: '2026-03-30', time: '10:00' }, 'Europe/Tallinn');
    expect(before.toISOString()).toBe('2026-03-28T08:00:00.000Z');
    expect(after.toISOString()).toBe('2026-03-30T07:00:00.000Z');
    expect(toLocal(before, 'Asia/Almaty').time).toBe('13:00');
    expect(toLocal(after, 'Asia/Almaty').time).toBe('12:00');
  });

  it('moves a time skipped by the spring change forward, and takes the first of a repeated autumn hour', () => {
    // 29 March 2026: Tallinn jumps from 03:00 to 04:00.
    expect(fromLocal({ date: '2026-03-29', time: '03:30' }, 'Europe/Tallinn').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(toLocal(fromLocal({ date: '2026-03-29', time: '03:30' }, 'Europe/Tallinn'), 'Europe/Tallinn').time).toBe('04:30');
    // 25 October 2026: 03:30 happens twice; the first is still on summer time (UTC+3).
    expect(fromLocal({ date: '2026-10-25', time: '03:30' }, 'Europe/Tallinn').toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('lists the days of a multi-day exchange in the host’s zone', () => {
    const start = fromLocal({ date: '2019-05-30', time: '09:00' }, 'Asia/Tashkent');
    const end = fromLocal({ date: '2019-05-31', time: '18:00' }, 'Asia/Tashkent');
    expect(localDays(start, end, 'Asia/Tashkent')).toEqual(['2019-05-30', '2019-05-31']);
  });

  it('sees an evening session in Tallinn cross midnight in Bishkek', () => {
    const start = fromLocal({ date: '2026-01-15', time: '19:00' }, 'Europe/Tallinn');
    const end = fromLocal({ date: '2026-01-15', time: '21:00' }, 'Europe/Tallinn');
    expect(crossesMidnight(start, end, 'Europe/Tallinn')).toBe(false);
    expect(crossesMidnight(start, end, 'Asia/Bishkek')).toBe(true);
    expect(toLocal(end, 'Asia/Bishkek')).toEqual({ date: '2026-01-16', time: '01:00' });
  });

  it('picks the slot most people can make, then the most yes, then the earliest', () => {
    const at = (h: number) => new Date(Date.UTC(2026, 5, 1, h));
    const slots = [
      { slotId: 'a', startsAt: at(6), yes: 3, ifNeedBe: 0, no: 2 },
      { slotId: 'b', startsAt: at(8), yes: 2, ifNeedBe: 2, no: 1 },
      { slotId: 'c', startsAt: at(5), yes: 3, ifNeedBe: 1, no: 1 },
    ];
    expect(bestSlot(slots)?.slotId).toBe('c');
    expect(bestSlot([slots[0]!, { ...slots[2]!, ifNeedBe: 0 }])?.slotId).toBe('c');
    expect(bestSlot([])).toBeNull();
  });
});
