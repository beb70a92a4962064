import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../app/format';
import { Paragraph, ResponsiveTable, TableBody, TableCell, TableRow } from '../../../ui';

/** Files with their SHA-256 fingerprints; optional download links. */
export function AttachmentTable({
  files,
  hrefOf,
}: {
  files: { id: string; fileName: string; sha256: string; sizeBytes: number }[];
  hrefOf?: (id: string) => string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  if (files.length === 0) return <Paragraph>{t('incidents.noAttachments')}</Paragraph>;
  return (
    <ResponsiveTable
      caption={t('incidents.attachments')}
      columns={[t('incidents.evidenceFiles'), 'SHA-256']}
    >
      <TableBody>
        {files.map((f) => (
          <TableRow key={f.id}>
            <TableCell>
              {hrefOf ? (
                <a className="utrecht-link" href={hrefOf(f.id)} download>
                  {f.fileName}
                </a>
              ) : (
                f.fileName
              )}{' '}
              ({format.number(Math.max(1, Math.round(f.sizeBytes / 1024)))} kB)
            </TableCell>
            <TableCell>
              <code className="weerbaar-hash" data-testid="sha256">
                {f.sha256}
              </code>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </ResponsiveTable>
  );
}
