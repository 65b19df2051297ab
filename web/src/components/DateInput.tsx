/** A date field whose value is the API's 'YYYY-MM-DD' string (the browser's native date picker). */
import { Input } from 'antd';

export function DateInput(props: {
  value?: string | null;
  onChange?: (value: string | null) => void;
  id?: string;
  /** The accessible name when no <label> points at the field. */
  'aria-label'?: string;
}) {
  return (
    <Input
      id={props.id}
      type="date"
      aria-label={props['aria-label']}
      value={props.value ?? ''}
      onChange={(e) => props.onChange?.(e.target.value === '' ? null : e.target.value)}
      style={{ width: 180, maxWidth: '100%' }}
    />
  );
}
