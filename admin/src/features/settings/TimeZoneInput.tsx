import { useId, useMemo } from 'react';
import { timeZones } from '#shared/site-rules.ts';
import type { FieldControlProps } from '../../components/Field';

/**
 * A searchable select of IANA time zones: a text input (role combobox) with the runtime's
 * Intl.supportedValuesOf('timeZone') as suggestions; typing filters them. Free text is allowed
 * so aliases like "UTC" stay valid; the shared rule rejects anything Intl does not know.
 */
export function TimeZoneInput({
  value,
  onChange,
  control,
}: {
  value: string;
  onChange: (zone: string) => void;
  control: FieldControlProps;
}) {
  const listId = useId();
  const zones = useMemo(() => timeZones(), []);
  return (
    <>
      <input {...control} list={listId} value={value} autoComplete="off" spellCheck={false} onChange={(e) => onChange(e.target.value)} />
      <datalist id={listId}>
        {zones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
    </>
  );
}
