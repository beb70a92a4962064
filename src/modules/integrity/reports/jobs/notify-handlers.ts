import type { AppDeps } from '../../../../platform/deps';
import { notify } from '../../../notifications';

/**
 * Jobs of the former `integrity.notify-handlers` queue still waiting after an upgrade: new
 * reports and reporters' messages are notifications-module events now (ADR 0035), so a left-over
 * job is published as that event and the notifications module mails it.
 */
export async function notifyHandlers(
  deps: Pick<AppDeps, 'db'>,
  payload: { organisationId?: unknown; reportId?: unknown; kind?: unknown },
) {
  if (typeof payload.organisationId !== 'string') return;
  const organisationId = payload.organisationId;
  const reportId = typeof payload.reportId === 'string' ? payload.reportId : '';
  await deps.db.transaction().execute((trx) =>
    notify(trx, {
      type: payload.kind === 'new_report' ? 'integrity.reported' : 'integrity.reporter_message',
      organisationId,
      objectType: 'integrity_report',
      objectId: reportId,
      at: new Date(),
    }),
  );
}
