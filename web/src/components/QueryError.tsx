/** A failed load shown as a result page with the server's message in the current language. */
import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { pickMessage } from '../api/errors';

export function QueryError({ error }: { error: Error }) {
  const { i18n } = useTranslation();
  const status = error instanceof ApiError && (error.status === 403 || error.status === 404) ? error.status : 'error';
  const text = error instanceof ApiError ? pickMessage(error.problem.message, i18n.language) : error.message;
  return <Result status={status === 403 ? '403' : status === 404 ? '404' : 'error'} title={text} />;
}
