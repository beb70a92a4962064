import type { AppDeps } from '../../platform/deps';
import { findPersonByEmail } from '../../platform/identity';
import { amsterdamDate } from '../../platform/time';
import { demoContext } from '../../platform/use-case';
import { recordProgress } from './use-cases/record-progress';
import { requestSupport } from './use-cases/request-support';

/** Fictitious support requests; names, numbers and texts are invented for the demo. */
export async function contributeSupportDemo(deps: AppDeps, orgIds: Map<string, string>) {
  const orgId = orgIds.get('GM0344');
  const teamId = orgIds.get(deps.config.supportTeamCode);
  if (!orgId || !teamId) return;
  const person = async (email: string) => (await findPersonByEmail(deps.db, email))?.id;
  const councillor = await person('raadslid@demo.weerbaar.nl');
  const reporter = await person('melder@demo.weerbaar.nl');
  const handler = await person('behandelaar@demo.weerbaar.nl');
  const worker = await person('steun@demo.weerbaar.nl');
  if (!councillor || !reporter || !handler || !worker) return;
  const today = amsterdamDate((deps.clock ?? { now: () => new Date() }).now());

  await requestSupport(demoContext(deps, orgId, councillor, ['reporter']), {
    kind: 'home_security',
    urgency: 'urgent',
    contactPreference: 'phone',
    contactName: 'Rachid',
    contactDetail: '06 12345678',
    message: 'Er stond twee avonden iemand bij mijn huis. Graag advies over beveiliging.',
  });
  const accepted = await requestSupport(demoContext(deps, orgId, reporter, ['reporter']), {
    kind: 'support_team',
    urgency: 'normal',
    contactPreference: 'email',
    contactDetail: 'melder@demo.weerbaar.nl',
  });
  await requestSupport(demoContext(deps, orgId, handler, ['handler', 'reporter']), {
    kind: 'legal',
    urgency: 'normal',
    contactPreference: 'via_handler',
    onBehalf: {
      personName: 'Wethouder J. de Vries',
      consentGiven: true,
      consentGivenOn: today,
      consentMethod: 'phone',
    },
    message: 'Vraag over aangifte en schadevergoeding na bedreiging via sociale media.',
  });
  const team = demoContext(deps, teamId, worker, ['support_worker']);
  await recordProgress(team, accepted.id, { status: 'accepted', on: today });
  await recordProgress(team, accepted.id, {
    status: 'contact_recorded',
    on: today,
    note: 'Eerste gesprek gevoerd; vervolggesprek over twee weken.',
  });
}
