import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../../app/format';
import { useSession } from '../../../../app/session';
import { Paragraph, SecondaryActionButton } from '../../../../ui';
import type { IncidentDetail } from '../../api';
import { CaseSection } from './CaseSection';
import { TransitionForm } from './TransitionForm';
import type { CaseActions } from './useCaseActions';

/** Who handles the case, whether first contact was made in time, and its next status. */
export function CaseHandling({
  incident: c,
  actions,
}: {
  incident: IncidentDetail;
  actions: CaseActions;
}) {
  const { t } = useTranslation();
  const { me } = useSession();
  const format = useFormat();
  return (
    <CaseSection headingId="case-handling" title={t('incidents.handling')}>
      <Paragraph>
        {t('incidents.handler')}: {c.handler?.displayName ?? t('incidents.notAssigned')}{' '}
        {me && c.handler?.id !== me.id ? (
          <SecondaryActionButton type="button" onClick={() => void actions.assignTo(me.id)}>
            {t('incidents.assignToMe')}
          </SecondaryActionButton>
        ) : null}
      </Paragraph>
      <Paragraph>
        {c.firstContactAt ? (
          t('incidents.firstContactMade', {
            date: format.dateTime(c.firstContactAt),
          })
        ) : (
          <>
            {t('incidents.firstContactDue')}: {format.date(c.firstContactDueOn)}{' '}
            <SecondaryActionButton type="button" onClick={() => void actions.recordFirstContact()}>
              {t('incidents.recordFirstContact')}
            </SecondaryActionButton>
          </>
        )}
      </Paragraph>
      <TransitionForm incident={c} onSubmit={actions.transition} />
    </CaseSection>
  );
}
