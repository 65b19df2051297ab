/**
 * A parameter's source as recorded: seeded sources read "中文 / English" and show the part of the
 * current language (src/core/bilingual-text.ts); a source recorded in one language shows whole.
 */
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { textIn } from '../../../src/core/bilingual-text';

export function SourceText({ value, small = false }: { value: string | null | undefined; small?: boolean }) {
  const { i18n } = useTranslation();
  if (!value) return null;
  const text = textIn(value, i18n.language);
  return small ? (
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      {text}
    </Typography.Text>
  ) : (
    <>{text}</>
  );
}
