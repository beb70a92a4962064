import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { errorMessage } from '../../../app/errors';
import { formatDate, formatMoney } from '../../../app/format';
import { useLoad } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import {
  Alert,
  Heading,
  Link,
  LinkList,
  LinkListLink,
  Paragraph,
  ResponsiveTable,
  TableBody,
  TableCell,
  TableRow,
} from '../../../ui';
import { integrityApi, type PublicDeclaration } from '../api';

function DeclarationTable({ caption, rows }: { caption: string; rows: PublicDeclaration[] }) {
  const { t, i18n } = useTranslation();
  if (rows.length === 0) return null;
  return (
    <ResponsiveTable
      caption={caption}
      columns={[
        t('integrity.declarations.kind'),
        t('integrity.declarations.organisation'),
        t('integrity.declarations.roleOrWhat'),
        t('integrity.declarations.paid'),
        t('integrity.declarations.period'),
      ]}
    >
      <TableBody>
        {rows.map((d) => (
          <TableRow key={`${d.kind}:${d.organisationName}:${d.startOn}`}>
            <TableCell>{t(`integrity.kind.${d.kind}`)}</TableCell>
            <TableCell>{d.organisationName}</TableCell>
            <TableCell>
              {[
                d.role,
                d.description,
                d.valueCents !== null ? formatMoney(d.valueCents, i18n.language) : null,
              ]
                .filter(Boolean)
                .join(' – ') || '–'}
              {d.income.length > 0
                ? ` (${d.income.map((i) => `${t('integrity.declarations.income')} ${i.year}: ${formatMoney(i.amountCents, i18n.language)}`).join('; ')})`
                : ''}
            </TableCell>
            <TableCell>
              {d.paid === null ? '–' : d.paid ? t('integrity.yes') : t('integrity.no')}
            </TableCell>
            <TableCell>
              {formatDate(d.startOn, i18n.language)}
              {d.endOn ? ` – ${formatDate(d.endOn, i18n.language)}` : ''}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </ResponsiveTable>
  );
}

/** The public register of side positions and interests of one organisation, without login. */
export function PublicRegisterPage() {
  const { t, i18n } = useTranslation();
  const { organisationCode = '' } = useParams();
  const { data, error } = useLoad(
    () => integrityApi.publicRegister(organisationCode),
    [organisationCode],
  );
  const title = data
    ? t('integrity.public.title', { organisation: data.organisation.name })
    : t('integrity.public.titleShort');
  usePageTitle(title);
  const base = `/api/v1/public/${encodeURIComponent(organisationCode)}/side-positions`;
  return (
    <>
      <Heading level={1}>{title}</Heading>
      {error ? (
        <Alert type="error">
          <Paragraph>{errorMessage(error)}</Paragraph>
        </Alert>
      ) : null}
      {data ? (
        <>
          <Paragraph>
            {t('integrity.public.intro', {
              threshold: formatMoney(data.giftThresholdCents, i18n.language),
              date: formatDate(data.generatedAt, i18n.language),
            })}
          </Paragraph>
          <LinkList>
            <LinkListLink href={`${base}.csv`}>{t('integrity.public.csv')}</LinkListLink>
            <LinkListLink href={`${base}.json`}>{t('integrity.public.json')}</LinkListLink>
          </LinkList>
          {data.officeHolders.length === 0 ? (
            <Paragraph>{t('integrity.public.empty')}</Paragraph>
          ) : null}
          {data.officeHolders.map((h) => (
            <section key={`${h.name}:${h.since}`} aria-label={h.name}>
              <Heading level={2}>
                {h.name}, {t(`integrity.office.${h.office}`)}
                {h.party ? ` (${h.party})` : ''}
              </Heading>
              {!h.inOffice ? (
                <Paragraph>
                  {t('integrity.public.former', { date: formatDate(h.until, i18n.language) })}
                </Paragraph>
              ) : null}
              {h.current.length === 0 ? (
                <Paragraph>{t('integrity.public.nothingCurrent')}</Paragraph>
              ) : null}
              <DeclarationTable
                caption={t('integrity.public.current', { name: h.name })}
                rows={h.current}
              />
              <DeclarationTable
                caption={t('integrity.public.history', { name: h.name })}
                rows={h.history}
              />
            </section>
          ))}
          <Paragraph>
            <Link href="/api/docs">{t('integrity.public.api')}</Link>
          </Paragraph>
        </>
      ) : null}
    </>
  );
}
