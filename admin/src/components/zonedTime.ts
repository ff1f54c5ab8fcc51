import { TZDate } from '@date-fns/tz';

/** A wall-clock date and time as `<input type="date">` and `<input type="time">` hold them. */
export interface WallClock {
  /** `YYYY-MM-DD` */
  date: string;
  /** `HH:mm` (24 h) */
  time: string;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})$/;

/**
 * The instant (ISO-8601, UTC) at which the clocks of `timeZone` (IANA name, the site's) show
 * `date` `time`, e.g. 2026-12-24 09:30 in Europe/Berlin → `2026-12-24T08:30:00.000Z`, wherever
 * the browser sits. @date-fns/tz does the zone arithmetic (offsets and DST from the browser's
 * Intl data). A time that does not exist in the zone (the hour skipped when clocks go forward)
 * lands on the same wall-clock minute after the jump, an hour later; an ambiguous one (clocks go
 * back) is its second occurrence, in standard time. Returns null for input that is not a date and time.
 */
export function wallClockToInstant({ date, time }: WallClock, timeZone: string): string | null {
  const d = DATE.exec(date);
  const t = TIME.exec(time);
  if (!d || !t) return null;
  const zoned = new TZDate(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]), timeZone);
  return Number.isNaN(zoned.getTime()) ? null : new Date(zoned.getTime()).toISOString();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The inverse of {@link wallClockToInstant}: what the clocks of `timeZone` show at instant `iso`. */
export function instantToWallClock(iso: string, timeZone: string): WallClock {
  const zoned = new TZDate(new Date(iso).getTime(), timeZone);
  return {
    date: `${zoned.getFullYear()}-${pad(zoned.getMonth() + 1)}-${pad(zoned.getDate())}`,
    time: `${pad(zoned.getHours())}:${pad(zoned.getMinutes())}`,
  };
}
