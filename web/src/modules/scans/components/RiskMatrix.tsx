import { useTranslation } from 'react-i18next';
import {
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '../../../ui';
import type { MatrixProcess } from '../api';

const EXPOSURE = ['hoog', 'middel', 'laag'] as const;
const WEAKNESS = ['sterk', 'matig', 'zwak'] as const;
const RISK: Record<string, Record<string, 'laag' | 'middel' | 'hoog'>> = {
  hoog: { sterk: 'middel', matig: 'hoog', zwak: 'hoog' },
  middel: { sterk: 'laag', matig: 'middel', zwak: 'hoog' },
  laag: { sterk: 'laag', matig: 'laag', zwak: 'middel' },
};

/**
 * The 3×3 risk matrix as a table: rows are exposure, columns the strength of the
 * controls; each cell names its risk level in words and lists its processes, so
 * nothing depends on colour. Processes not yet placed are listed below it.
 */
export function RiskMatrix({ processes }: { processes: MatrixProcess[] }) {
  const { t } = useTranslation();
  const unplaced = processes.filter((p) => p.risk === null);
  return (
    <>
      <Table className="weerbaar-risk-matrix">
        <TableCaption>{t('scans.matrix.caption')}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('scans.matrix.corner')}</TableHeaderCell>
            {WEAKNESS.map((w) => (
              <TableHeaderCell key={w} scope="col">
                {t(`scans.matrix.weakness.${w}`)}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {EXPOSURE.map((e) => (
            <TableRow key={e}>
              <TableHeaderCell scope="row">{t(`scans.matrix.exposure.${e}`)}</TableHeaderCell>
              {WEAKNESS.map((w) => {
                const here = processes.filter((p) => p.exposure === e && p.weakness === w);
                const risk = RISK[e]![w]!;
                return (
                  <TableCell key={w} data-risk={risk}>
                    <strong>{t(`scans.matrix.risk.${risk}`)}</strong>
                    {here.length > 0 ? (
                      <UnorderedList>
                        {here.map((p) => (
                          <UnorderedListItem key={p.id}>{p.title}</UnorderedListItem>
                        ))}
                      </UnorderedList>
                    ) : null}
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {unplaced.length > 0 ? (
        <Paragraph>
          {t('scans.matrix.unplaced', { processes: unplaced.map((p) => p.title).join(', ') })}
        </Paragraph>
      ) : null}
    </>
  );
}
