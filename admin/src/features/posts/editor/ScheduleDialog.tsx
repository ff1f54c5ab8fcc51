import { useState, type FormEvent } from 'react';
import { Dialog } from '../../../components/Dialog';
import { Field } from '../../../components/Field';
import { formatDateTime } from '../../../components/formatDate';
import { instantToWallClock, wallClockToInstant, type WallClock } from '../../../components/zonedTime';

/** Where the picker starts when the post has no time yet: tomorrow at 09:00 on the site's clocks. */
function tomorrowMorning(timeZone: string): WallClock {
  const { date } = instantToWallClock(new Date(Date.now() + 24 * 3600_000).toISOString(), timeZone);
  return { date, time: '09:00' };
}

/**
 * Picks when a post goes out: a date and a time on the SITE's clocks (`timeZone`, Site.timeZone),
 * converted to an instant with {@link wallClockToInstant} — an author travelling abroad still
 * schedules "9:00 in Berlin". Shows the resulting moment before it is confirmed and refuses one
 * that is not in the future (the gateway would publish it at once). `onSchedule` gets the ISO
 * instant for publishPost's `publishedAt`.
 */
export function ScheduleDialog({
  timeZone,
  current,
  isBusy,
  onSchedule,
  onClose,
}: {
  timeZone: string;
  /** The post's scheduled instant, if it has one (rescheduling starts there). */
  current: string | null;
  isBusy: boolean;
  onSchedule: (publishedAt: string) => void;
  onClose: () => void;
}) {
  const [clock, setClock] = useState<WallClock>(() => (current ? instantToWallClock(current, timeZone) : tomorrowMorning(timeZone)));
  const [error, setError] = useState<string | null>(null);
  const instant = wallClockToInstant(clock, timeZone);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!instant) return setError('Choose a date and a time.');
    if (new Date(instant).getTime() <= Date.now()) return setError('Choose a moment in the future, or use Publish.');
    setError(null);
    onSchedule(instant);
  };

  // A post already scheduled (`current`) is being moved: the dialog says so.
  const title = current ? 'Reschedule publication' : 'Schedule publication';
  return (
    <Dialog title={title} onClose={onClose}>
      <form onSubmit={submit} aria-label={title} noValidate className="schedule-form">
        <div className="schedule-fields">
          <Field label="Date">
            {(c) => <input {...c} type="date" value={clock.date} onChange={(e) => setClock({ ...clock, date: e.target.value })} />}
          </Field>
          <Field label="Time">
            {(c) => <input {...c} type="time" value={clock.time} onChange={(e) => setClock({ ...clock, time: e.target.value })} />}
          </Field>
        </div>
        <p className="field-hint">
          On the site's clocks: <strong>{timeZone}</strong> (Settings → Site).
        </p>
        <p className="form-status" role="status">
          {instant ? `Publishes ${formatDateTime(instant, timeZone)}.` : ''}
        </p>
        {error ? (
          <p role="alert" className="field-error">
            {error}
          </p>
        ) : null}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={isBusy}>
            {current ? 'Reschedule' : 'Schedule'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
