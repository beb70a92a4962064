import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../../api/client';
import { errorMessage, fieldKey } from '../../../../app/errors';
import type { ErrorSummaryItem } from '../../../../ui';
import { type IncidentDetail, incidentsApi } from '../../api';

/** The changes a handler makes to a case; each answers true when it was saved. */
export type CaseActions = ReturnType<typeof useCaseActions>['actions'];

/**
 * The handler's changes to case `id`, with what they leave to say: a status message when
 * saved, or the error summary, its messages linked to the fields of the form that failed.
 */
export function useCaseActions(orgId: string, id: string, set: (incident: IncidentDetail) => void) {
  const { t } = useTranslation();
  const [summary, setSummary] = useState<ErrorSummaryItem[]>([]);
  const [status, setStatus] = useState('');

  /** Run one change; the API answers the case as it is afterwards. */
  const act = async (prefix: string, change: () => Promise<IncidentDetail>) => {
    setStatus('');
    try {
      set(await change());
      setSummary([]);
      setStatus(t('incidents.saved'));
      return true;
    } catch (e) {
      const items =
        isApiError(e) && e.errors.length > 0
          ? e.errors.map((x) => ({ fieldId: `${prefix}-${fieldKey(x.field)}`, message: x.message }))
          : [{ message: errorMessage(e) }];
      setSummary(items);
      return false;
    }
  };

  const actions = {
    assignTo: (handlerId: string) => act('assign', () => incidentsApi.assign(orgId, id, handlerId)),
    setDistrict: (code: string | null) =>
      act('district', () => incidentsApi.district(orgId, id, code)),
    recordFirstContact: () => act('contact', () => incidentsApi.firstContact(orgId, id)),
    transition: (to: IncidentDetail['status'], note?: string) =>
      act('transition', () => incidentsApi.transition(orgId, id, to, note)),
    triage: (body: Parameters<typeof incidentsApi.triage>[2]) =>
      act('triage', () => incidentsApi.triage(orgId, id, body)),
    addMeasure: (body: Parameters<typeof incidentsApi.addMeasure>[2]) =>
      act('measure', () => incidentsApi.addMeasure(orgId, id, body)),
    markMeasureDone: (measureId: string) =>
      act('measure', () =>
        incidentsApi.updateMeasure(orgId, id, measureId, {
          status: 'done',
          doneOn: new Date().toLocaleDateString('en-CA'),
        }),
      ),
    planAftercare: () => act('aftercare', () => incidentsApi.planAftercare(orgId, id)),
    // Each task has its own outcome form, so its errors point at that form's field.
    recordOutcome: (taskId: string, outcome: string) =>
      act(`outcome-${taskId}`, () =>
        incidentsApi.updateTask(orgId, id, taskId, { status: 'done', outcome }),
      ),
    sendMessage: (body: string) => act('message', () => incidentsApi.message(orgId, id, body)),
  };
  return { summary, status, actions };
}
