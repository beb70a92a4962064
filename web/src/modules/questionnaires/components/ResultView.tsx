import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../app/format';
import {
  Heading,
  Link,
  Paragraph,
  ResponsiveTable,
  RouterLink,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '../../../ui';
import type { Action, Result } from '../api';
import { Markdown } from './Markdown';

function ActionItem({ action }: { action: Action }) {
  const { t } = useTranslation();
  return (
    <UnorderedListItem>
      <strong>{action.title}</strong>
      {action.description ? <Markdown text={action.description} /> : null}
      {action.toolkit?.url ? (
        <Paragraph>
          <Link href={action.toolkit.url} rel="noopener noreferrer">
            {t('questionnaires.toolkitLink', { title: action.title })}
          </Link>
        </Paragraph>
      ) : null}
      {action.toolkit ? (
        <Paragraph>
          <RouterLink to={`/toolkit/${encodeURIComponent(action.toolkit.key)}`}>
            {t('questionnaires.toolkitItem', { title: action.toolkit.title ?? action.title })}
          </RouterLink>
        </Paragraph>
      ) : null}
    </UnorderedListItem>
  );
}

/**
 * The result: the scores per section as a table (with the previous attempt and
 * the benchmark when there is one), then per section the outcome and the
 * tailored advice, the recommended next steps and — for risk analyses — the
 * discussion guide. Scores are always shown as numbers with their band, never
 * by colour alone.
 */
export function ResultView({ result }: { result: Result }) {
  const { t, i18n } = useTranslation();
  const n = (x: number | null) => formatNumber(x, i18n.language, { maximumFractionDigits: 1 });
  const score = (s: number | null) =>
    s === null ? t('questionnaires.noScore') : t('questionnaires.scoreOf', { score: n(s) });
  const hasPrevious = result.previous !== null;
  const hasBenchmark = result.benchmark !== null;
  return (
    <>
      {result.direction ? (
        <Paragraph>{t(`questionnaires.direction.${result.direction}`)}</Paragraph>
      ) : null}
      {result.total ? (
        <section aria-labelledby="result-total">
          <Heading level={2} id="result-total">
            {t('questionnaires.total')}
          </Heading>
          <Paragraph>
            <strong>{score(result.total.score)}</strong>
            {result.total.band ? ` – ${result.total.band.label}` : ''}
          </Paragraph>
          <Markdown text={result.total.advice} />
        </section>
      ) : null}
      <ResponsiveTable caption={t('questionnaires.scoresCaption')}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('questionnaires.section')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('questionnaires.score')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('questionnaires.band')}</TableHeaderCell>
            {hasPrevious ? (
              <TableHeaderCell scope="col">{t('questionnaires.previousScore')}</TableHeaderCell>
            ) : null}
            {hasBenchmark ? (
              <TableHeaderCell scope="col">
                {t('questionnaires.benchmarkScore', { count: result.benchmark!.organisations })}
              </TableHeaderCell>
            ) : null}
          </TableRow>
        </TableHeader>
        <TableBody>
          {result.sections
            .filter((s) => s.score !== null)
            .map((s) => (
              <TableRow key={s.id}>
                <TableHeaderCell scope="row">{s.title}</TableHeaderCell>
                <TableCell>{n(s.score)}</TableCell>
                <TableCell>{s.band?.label ?? '–'}</TableCell>
                {hasPrevious ? <TableCell>{n(s.previousScore)}</TableCell> : null}
                {hasBenchmark ? <TableCell>{n(s.benchmarkScore)}</TableCell> : null}
              </TableRow>
            ))}
        </TableBody>
      </ResponsiveTable>
      {result.sections
        .filter((s) => s.advice || s.actions.some((a) => a.kind === 'next_step'))
        .map((s) => (
          <section key={s.id} aria-labelledby={`result-${s.id}`}>
            <Heading level={2} id={`result-${s.id}`}>
              {s.title}
            </Heading>
            <Paragraph>
              <strong>{score(s.score)}</strong>
              {s.band ? ` – ${s.band.label}` : ''}
            </Paragraph>
            <Markdown text={s.advice} />
            {s.actions.some((a) => a.kind === 'next_step') ? (
              <>
                <Heading level={3}>{t('questionnaires.nextSteps')}</Heading>
                <UnorderedList>
                  {s.actions
                    .filter((a) => a.kind === 'next_step')
                    .map((a) => (
                      <ActionItem key={a.id} action={a} />
                    ))}
                </UnorderedList>
              </>
            ) : null}
          </section>
        ))}
      {result.discussionGuide.length > 0 ? (
        <section aria-labelledby="result-guide">
          <Heading level={2} id="result-guide">
            {t('questionnaires.discussionGuide')}
          </Heading>
          {result.discussionGuide.map((g) => (
            <div key={g.sectionId}>
              <Heading level={3}>{g.sectionTitle}</Heading>
              <UnorderedList>
                {g.points.map((p) => (
                  <ActionItem key={p.id} action={p} />
                ))}
              </UnorderedList>
            </div>
          ))}
        </section>
      ) : null}
    </>
  );
}
