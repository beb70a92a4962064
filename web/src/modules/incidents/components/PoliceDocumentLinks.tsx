import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, LinkList, LinkListLink, RadioGroup } from '../../../ui';
import { downloadUrl } from '../api';

const ADDRESS_CHOICES = ['organisation', 'home'] as const;

/**
 * The documents to take to the police, for a report at `path` (`/incidents/<id>` for a
 * handler, `/my-incidents/<id>` for its reporter). The victim chooses which address the
 * document gives: the organisation's (so the perpetrator cannot learn the home address
 * from the police file) or a line to fill in the home address, which Weerbaar never stores.
 */
export function PoliceDocumentLinks({ orgId, path }: { orgId: string; path: string }) {
  const { t } = useTranslation();
  const [address, setAddress] = useState<string>('organisation');
  return (
    <>
      <Heading level={3}>{t('incidents.policeDocs')}</Heading>
      <RadioGroup
        id={`police-address-${path.replace(/\W+/g, '-')}`}
        legend={t('incidents.policeAddress')}
        description={t('incidents.policeAddressHint')}
        options={ADDRESS_CHOICES}
        labelOf={(x) => t(`incidents.policeAddressChoice.${x}`)}
        value={address}
        onChange={setAddress}
      />
      <LinkList>
        <LinkListLink
          id="download-police-pdf"
          href={downloadUrl(orgId, `${path}/police-report.pdf?address=${address}`)}
          download
        >
          {t('incidents.policePdf')}
        </LinkListLink>
        <LinkListLink href={downloadUrl(orgId, `${path}/evidence.zip`)} download>
          {t('incidents.evidenceZip')}
        </LinkListLink>
      </LinkList>
    </>
  );
}
