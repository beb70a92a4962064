import { useTranslation } from 'react-i18next';
import { Heading, LinkList, LinkListLink } from '../../../../ui';
import { downloadUrl, type IncidentDetail } from '../../api';
import { AttachmentTable } from '../Hashes';
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
      <Heading level={3}>{t('incidents.policeDocs')}</Heading>
      <LinkList>
        <LinkListLink
          id="download-police-pdf"
          href={downloadUrl(orgId, `/incidents/${id}/police-report.pdf`)}
          download
        >
          {t('incidents.policePdf')}
        </LinkListLink>
        <LinkListLink href={downloadUrl(orgId, `/incidents/${id}/evidence.zip`)} download>
          {t('incidents.evidenceZip')}
        </LinkListLink>
      </LinkList>
    </CaseSection>
  );
}
