import { useTranslation } from 'react-i18next';
import { downloadUrl, type IncidentDetail } from '../../api';
import { AttachmentTable } from '../Hashes';
import { PoliceDocumentLinks } from '../PoliceDocumentLinks';
import { CaseSection } from './CaseSection';

/** The evidence of case `id` with fingerprints, and the documents to take to the police. */
export function CaseDocuments({
  orgId,
  id,
  attachments,
}: {
  orgId: string;
  id: string;
  attachments: IncidentDetail['attachments'];
}) {
  const { t } = useTranslation();
  return (
    <CaseSection headingId="case-evidence" title={t('incidents.attachments')}>
      <AttachmentTable
        files={attachments}
        hrefOf={(a) => downloadUrl(orgId, `/incidents/${id}/attachments/${a}`)}
      />
      <PoliceDocumentLinks orgId={orgId} path={`/incidents/${id}`} />
    </CaseSection>
  );
}
