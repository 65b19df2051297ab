/** Evidence files for a claim: take a photo or choose a PDF; the chosen files listed with a remove button. */
import { useId } from 'react';
import { useTranslation } from './i18n';
import { Icon } from './Icon';

export function EvidencePicker({ files, onChange, hint }: { files: File[]; onChange(files: File[]): void; hint?: string }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="m-field">
      <span className="m-label">{t('mobile.claim.evidence')}</span>
      <p className="m-note">{hint ?? t('mobile.claim.evidenceHint')}</p>
      <ul className="m-files" data-testid="m-evidence-list">
        {files.map((f, i) => (
          <li key={`${f.name}-${i}`}>
            <span>{f.name}</span>
            <button
              type="button"
              aria-label={`${t('mobile.claim.removeFile')} ${f.name}`}
              onClick={() => onChange(files.filter((_, j) => j !== i))}
            >
              {t('mobile.claim.removeFile')}
            </button>
          </li>
        ))}
      </ul>
      <input
        id={id}
        className="m-file-input"
        type="file"
        accept="image/jpeg,image/png,application/pdf"
        multiple
        data-testid="m-evidence-input"
        onChange={(e) => {
          onChange([...files, ...Array.from(e.target.files ?? [])]);
          e.target.value = '';
        }}
      />
      <label htmlFor={id} className="m-button m-button-plain">
        <Icon name="upload" />
        {t('mobile.claim.addFile')}
      </label>
    </div>
  );
}
