/**
 * A rate typed in per cent whose form value is basis points (万分比, integer):
 *   <Form.Item name="shareBp"><PercentInput /></Form.Item>   12.5 % ⇄ 1250
 */
import { InputNumber } from 'antd';
import { formatPercent, parsePercent } from '../format/rate';

export function PercentInput(props: { value?: number | null; onChange?: (bp: number | null) => void; id?: string; 'aria-label'?: string }) {
  const { value, onChange, id } = props;
  return (
    <InputNumber<string>
      controls={false}
      id={id}
      aria-label={props['aria-label']}
      stringMode
      inputMode="decimal"
      precision={2}
      style={{ width: '100%' }}
      suffix="%"
      value={value === null || value === undefined ? null : formatPercent(value).replace('%', '')}
      onChange={(text) => onChange?.(text === null || text === '' ? null : parsePercent(text))}
    />
  );
}
