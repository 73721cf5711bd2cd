import { hoursBetweenZones, offsetMinutes, utcOffsetLabel } from './time-zones';

describe('time zones of the region', () => {
  const winter = new Date('2026-01-15T12:00:00Z');
  const summer = new Date('2026-07-15T12:00:00Z');

  it('follows Estonia across daylight saving', () => {
    expect(offsetMinutes('Europe/Tallinn', winter)).toBe(120);
    expect(offsetMinutes('Europe/Tallinn', summer)).toBe(180);
  });

  it('switches Tallinn at 03:00 local on the last Sunday of March 2026 (01:00 UTC)', () => {
    expect(offsetMinutes('Europe/Tallinn', new Date('2026-03-29T00:59:59Z'))).toBe(120);
    expect(offsetMinutes('Europe/Tallinn', new Date('2026-03-29T01:00:00Z'))).toBe(180);
  });

  it('keeps zones without daylight saving steady', () => {
    for (const when of [winter, summer]) {
      expect(offsetMinutes('Asia/Tashkent', when)).toBe(300);
      expect(offsetMinutes('Asia/Bishkek', when)).toBe(360);
      expect(offsetMinutes('Asia/Baku', when)).toBe(240);
    }
  });

  it('measures the distance between Tallinn and Bishkek by season', () => {
    expect(hoursBetweenZones('Europe/Tallinn', 'Asia/Bishkek', winter)).toBe(4);
    expect(hoursBetweenZones('Europe/Tallinn', 'Asia/Bishkek', summer)).toBe(3);
  });

  it('labels offsets', () => {
    expect(utcOffsetLabel('Asia/Tashkent', winter)).toBe('UTC+5');
    expect(utcOffsetLabel('UTC', winter)).toBe('UTC');
    expect(utcOffsetLabel('Asia/Kolkata', winter)).toBe('UTC+5:30');
    expect(utcOffsetLabel('America/New_York', winter)).toBe('UTC−5');
  });
});
