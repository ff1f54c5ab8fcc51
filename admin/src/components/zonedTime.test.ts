import { describe, expect, it } from 'vitest';
import { instantToWallClock, wallClockToInstant } from './zonedTime';

describe('wallClockToInstant', () => {
  it("reads the date and time on the site's clocks, not the browser's", () => {
    expect(wallClockToInstant({ date: '2026-12-24', time: '09:30' }, 'Europe/Berlin')).toBe('2026-12-24T08:30:00.000Z'); // CET, UTC+1
    expect(wallClockToInstant({ date: '2026-07-01', time: '09:30' }, 'Europe/Berlin')).toBe('2026-07-01T07:30:00.000Z'); // CEST, UTC+2
    expect(wallClockToInstant({ date: '2026-12-24', time: '09:30' }, 'America/New_York')).toBe('2026-12-24T14:30:00.000Z');
    expect(wallClockToInstant({ date: '2026-12-24', time: '09:30' }, 'Asia/Kolkata')).toBe('2026-12-24T04:00:00.000Z'); // UTC+5:30
    expect(wallClockToInstant({ date: '2027-01-01', time: '00:15' }, 'Pacific/Kiritimati')).toBe('2026-12-31T10:15:00.000Z'); // UTC+14, the day before in UTC
    expect(wallClockToInstant({ date: '2026-12-24', time: '09:30' }, 'UTC')).toBe('2026-12-24T09:30:00.000Z');
  });

  it('moves a time the clocks skip (spring forward) past the jump, and takes the second of a repeated hour', () => {
    // Europe/Berlin 2026-03-29: 02:00 → 03:00 CEST; 02:30 does not exist.
    expect(wallClockToInstant({ date: '2026-03-29', time: '02:30' }, 'Europe/Berlin')).toBe('2026-03-29T01:30:00.000Z');
    // Europe/Berlin 2026-10-25: 03:00 CEST → 02:00 CET; 02:30 happens twice (00:30Z and 01:30Z).
    expect(wallClockToInstant({ date: '2026-10-25', time: '02:30' }, 'Europe/Berlin')).toBe('2026-10-25T01:30:00.000Z');
  });

  it('refuses what is not a date and a time', () => {
    expect(wallClockToInstant({ date: '', time: '09:30' }, 'UTC')).toBeNull();
    expect(wallClockToInstant({ date: '2026-12-24', time: '' }, 'UTC')).toBeNull();
  });
});

describe('instantToWallClock', () => {
  it("shows an instant on the site's clocks and round-trips", () => {
    expect(instantToWallClock('2026-12-24T08:30:00.000Z', 'Europe/Berlin')).toEqual({ date: '2026-12-24', time: '09:30' });
    expect(instantToWallClock('2026-12-31T10:15:00.000Z', 'Pacific/Kiritimati')).toEqual({ date: '2027-01-01', time: '00:15' });
    for (const zone of ['Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe']) {
      const iso = '2026-06-15T18:45:00.000Z';
      expect(wallClockToInstant(instantToWallClock(iso, zone), zone)).toBe(iso);
    }
  });
});
