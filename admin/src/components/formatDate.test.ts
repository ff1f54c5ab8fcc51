import { describe, expect, it } from 'vitest';
import { formatDate } from './formatDate';

describe('formatDate', () => {
  const lateEvening = '2026-03-01T23:30:00.000Z';
  const day = (text: string) => Number(/\b(\d{1,2})\b/.exec(text)![1]);

  it("shows the calendar day of the given time zone, not the browser's", () => {
    expect(day(formatDate(lateEvening, 'UTC'))).toBe(1);
    expect(day(formatDate(lateEvening, 'Asia/Tokyo'))).toBe(2);
    expect(day(formatDate(lateEvening, 'America/Los_Angeles'))).toBe(1);
    expect(day(formatDate('2026-03-02T03:00:00.000Z', 'America/Los_Angeles'))).toBe(1);
    expect(formatDate(lateEvening, 'UTC')).toMatch(/2026/);
  });

  it("falls back to the browser's zone for an unknown zone or none", () => {
    const browser = formatDate(lateEvening);
    expect(formatDate(lateEvening, 'Mars/Olympus_Mons')).toBe(browser);
    expect(formatDate(lateEvening, undefined)).toBe(browser);
  });

  it('returns text that is not a date unchanged', () => {
    expect(formatDate('not a date', 'UTC')).toBe('not a date');
  });
});
