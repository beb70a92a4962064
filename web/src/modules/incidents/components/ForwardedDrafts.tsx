import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';
import { useFormat } from '../../../app/format';
import { useLoad } from '../../../app/load';
import {
  Alert,
  ButtonGroup,
  Heading,
  Paragraph,
  PrimaryActionButton,
  ResponsiveTable,
  RouterLink,
  SecondaryActionButton,
  TableBody,
  TableCell,
  TableRow,
  VisuallyHidden,
} from '../../../ui';
import { type Draft, incidentsApi } from '../api';
import { senderOf } from './draft-sender';

/**
 * "Doorgestuurde e-mails": forwarded messages waiting to be completed into a report,
 * under Mijn meldingen. Only the person who forwarded them sees them. Shows nothing
 * when there are none, so people who never forward mail are not bothered.
 */
export function ForwardedDrafts({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, error, reload } = useLoad(() => incidentsApi.drafts(orgId), [orgId]);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  if (!error && !notice && (!data || data.length === 0)) return null;

  const discard = async (draft: Draft) => {
    setFailure(null);
    try {
      await incidentsApi.discardDraft(orgId, draft.id);
      setConfirming(null);
      setNotice(t('incidents.draftDiscarded'));
      reload();
      // The row and its buttons are gone: keep the keyboard user in the section.
      requestAnimationFrame(() => heading.current?.focus());
    } catch (e) {
      setFailure(e);
    }
  };

  return (
    <section aria-labelledby="forwarded-drafts">
      <Heading level={2} id="forwarded-drafts" ref={heading} tabIndex={-1}>
        {t('incidents.draftsTitle')}
      </Heading>
      <Paragraph>{t('incidents.draftsIntro')}</Paragraph>
      {notice ? (
        <Alert type="ok" role="status">
          <Paragraph>{notice}</Paragraph>
        </Alert>
      ) : null}
      {error || failure ? (
        <Alert type="error">
          <Paragraph>{errorMessage(error ?? failure)}</Paragraph>
        </Alert>
      ) : null}
      {data && data.length > 0 ? (
        <ResponsiveTable
          labelledBy="forwarded-drafts"
          columns={[
            t('incidents.draftReceived'),
            t('incidents.draftSender'),
            t('incidents.draftSubject'),
            t('incidents.draftActions'),
          ]}
        >
          <TableBody>
            {data.map((d) => {
              const subject = d.email.subject || t('incidents.draftNoSubject');
              return (
                <TableRow key={d.id}>
                  <TableCell>{format.dateTime(d.receivedAt)}</TableCell>
                  <TableCell>{senderOf(d, t('incidents.draftUnknownSender'))}</TableCell>
                  <TableCell>{subject}</TableCell>
                  <TableCell>
                    {confirming === d.id ? (
                      <>
                        {/* Focus moves to the question, so it is read out and Tab reaches the answers. */}
                        <Paragraph
                          tabIndex={-1}
                          ref={(el: HTMLParagraphElement | null) => el?.focus()}
                        >
                          {t('incidents.draftDiscardConfirm')}
                        </Paragraph>
                        <ButtonGroup>
                          <PrimaryActionButton type="button" onClick={() => void discard(d)}>
                            {t('incidents.draftDiscardYes')}
                          </PrimaryActionButton>
                          <SecondaryActionButton
                            type="button"
                            onClick={() => {
                              setConfirming(null);
                              requestAnimationFrame(() => heading.current?.focus());
                            }}
                          >
                            {t('incidents.draftDiscardNo')}
                          </SecondaryActionButton>
                        </ButtonGroup>
                      </>
                    ) : (
                      <ButtonGroup>
                        <RouterLink to={`/meldingen/concept/${d.id}`}>
                          {t('incidents.draftComplete')}
                          <VisuallyHidden>: {subject}</VisuallyHidden>
                        </RouterLink>
                        <SecondaryActionButton type="button" onClick={() => setConfirming(d.id)}>
                          {t('incidents.draftDiscard')}
                          <VisuallyHidden>: {subject}</VisuallyHidden>
                        </SecondaryActionButton>
                      </ButtonGroup>
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </ResponsiveTable>
      ) : null}
    </section>
  );
}
