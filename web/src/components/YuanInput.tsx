/**
 * A money field typed in yuan whose form value is fen (integer), so forms and the API keep fen:
 *
 *   <Form.Item name="expectedWageFen" label="期望月工资"><YuanInput /></Form.Item>
 *
 * The text is converted exactly (web/src/format/money.ts: no floating point); more than two
 * decimals are refused by the field (it keeps the last valid amount). Shows the unit 元.
 */
import { InputNumber } from 'antd';
import { parseYuan, yuanText } from '../format/money';

export interface YuanInputProps {
  value?: number | null;
  onChange?: (fen: number | null) => void;
  id?: string;
  min?: number;
  placeholder?: string;
  disabled?: boolean;
  'aria-label'?: string;
  style?: React.CSSProperties;
}

export function YuanInput({ value, onChange, id, min = 0, placeholder, disabled, style, ...rest }: YuanInputProps) {
  return (
    <InputNumber<string>
      controls={false}
      id={id}
      aria-label={rest['aria-label']}
      stringMode
      inputMode="decimal"
      precision={2}
      min={yuanText(min)}
      step="100"
      disabled={disabled}
      placeholder={placeholder}
      style={{ width: '100%', ...style }}
      suffix="元"
      value={value === null || value === undefined ? null : yuanText(value)}
      onChange={(text) => onChange?.(text === null || text === '' ? null : parseYuan(text))}
    />
  );
}
