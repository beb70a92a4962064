import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../app/format';
import { ListTable } from '../../../app/ListTable';
import { useLoad, useOrgId } from '../../../app/load';
import { usePageTitle } from '../../../app/page';
import {
  Alert,
  Heading,
  Paragraph,
  RouterLink,
  StatusBadge,
  TableCell,
  TableHeaderCell,
  TableRow,
} from '../../../ui';
import { type TrainingOverview, toolkitApi } from '../api';
import { RequiredTrainingForm } from '../components/RequiredTrainingForm';

type Person = TrainingOverview['people'][number];

/** Who followed which training; office holders past the deadline without the required one. */
export function TrainingOverviewPage() {
  const { t } = useTranslation();
  const format = useFormat();
  usePageTitle(t('toolkit.overview.title'));
  const orgId = useOrgId();
  const { data, error, reload } = useLoad(orgId ? () => toolkitApi.overview(orgId) : null, [orgId]);
  const overdue = data?.people.filter((p) => p.overdue).length ?? 0;

  const requiredCell = (p: Person) => {
    if (p.requiredDone) return t('toolkit.overview.done');
    if (!p.dueOn) return t('toolkit.overview.notApplicable');
    if (p.overdue) {
      return (
        <StatusBadge status="danger">
          {t('toolkit.overview.overdue', { date: format.date(p.dueOn) })}
        </StatusBadge>
      );
    }
    return t('toolkit.overview.due', { date: format.date(p.dueOn) });
  };

  return (
    <>
      <Paragraph>
        <RouterLink to="/toolkit">{t('toolkit.back')}</RouterLink>
      </Paragraph>
      <Heading level={1}>{t('toolkit.overview.title')}</Heading>
      <Paragraph>
        {data?.requiredTraining
          ? t('toolkit.overview.intro', {
              training: data.requiredTraining.title,
              months: data.withinMonths,
            })
          : t('toolkit.overview.introNoTraining')}
      </Paragraph>
      {overdue > 0 ? (
        <Alert type="warning">
          <Paragraph>{t('toolkit.overview.overdueCount', { count: overdue })}</Paragraph>
        </Alert>
      ) : null}
      <ListTable
        data={data?.people ?? null}
        error={error}
        empty={t('toolkit.overview.none')}
        caption={() => t('toolkit.overview.caption')}
        columns={[
          t('toolkit.overview.name'),
          t('toolkit.overview.office'),
          t('toolkit.overview.since'),
          t('toolkit.overview.trainings'),
          t('toolkit.overview.required'),
        ]}
        row={(p) => (
          <TableRow key={p.personId}>
            <TableHeaderCell scope="row">{p.name}</TableHeaderCell>
            <TableCell>{p.office ? t(`toolkit.overview.offices.${p.office}`) : '–'}</TableCell>
            <TableCell>{p.since ? format.date(p.since) : '–'}</TableCell>
            <TableCell>
              {p.trainings.length === 0
                ? '–'
                : p.trainings.map((tr) => `${tr.title} (${format.date(tr.attendedOn)})`).join('; ')}
            </TableCell>
            <TableCell>{requiredCell(p)}</TableCell>
          </TableRow>
        )}
      />
      {data ? (
        <RequiredTrainingForm
          orgId={orgId}
          current={{
            slug: data.requiredTraining?.slug ?? null,
            withinMonths: data.withinMonths,
          }}
          onSaved={reload}
        />
      ) : null}
    </>
  );
}
