import { useTranslation } from 'react-i18next';
import { FileField, Paragraph, UnorderedList, UnorderedListItem } from '../../../../ui';
import { ACCEPT } from '../../vocabulary';
import { ReportSection } from './ReportSection';
import { reportFieldId } from './report-form';

/** Evidence files to send along, and the names of those chosen. */
export function EvidenceFieldset({
  files,
  error,
  onFiles,
}: {
  files: File[];
  error?: string;
  onFiles: (files: File[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <ReportSection title={t('incidents.evidence')}>
      <FileField
        id={reportFieldId('attachments')}
        label={`${t('incidents.evidenceFiles')} ${t('incidents.optional')}`}
        description={t('incidents.evidenceHint')}
        error={error}
        multiple
        accept={ACCEPT}
        onFiles={onFiles}
      />
      {files.length > 0 ? (
        <>
          <Paragraph>{t('incidents.chosenFiles')}</Paragraph>
          <UnorderedList>
            {files.map((f) => (
              <UnorderedListItem key={`${f.name}-${f.size}`}>{f.name}</UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      ) : null}
    </ReportSection>
  );
}
