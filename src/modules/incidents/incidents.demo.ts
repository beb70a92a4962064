import type { z } from 'zod';
import type { AppDeps } from '../../platform/deps';
import { findPersonByEmail } from '../../platform/identity';
import { addDays, amsterdamDate } from '../../platform/time';
import { demoContext } from '../../platform/use-case';
import { findDistrict } from '../districts';
import { ReportBody } from './report.schemas';
import { addMeasure } from './use-cases/add-measure';
import { changeStatus } from './use-cases/change-status';
import { planAftercareForCase } from './use-cases/plan-aftercare';
import { reportIncident } from './use-cases/report-incident';
import { sendHandlerMessage } from './use-cases/send-handler-message';
import { setIncidentDistrict } from './use-cases/set-district';
import { triageIncident } from './use-cases/triage-incident';

const DEMO_ORG = 'GM0344';
/** The demo buurt "Oude Stad (demo)", where the public-place report happened. */
const DEMO_BUURT = 'BU03440201';

/** Fictitious reports: every name, place and message below is invented for the demo. */
function demoReports(today: string): { author: string; body: z.input<typeof ReportBody> }[] {
  const base = {
    perpetratorRepeat: false,
    impacts: [],
    witnesses: false,
    policeCalled: false,
  } as const;
  return [
    {
      author: 'melder@demo.weerbaar.nl',
      body: {
        ...base,
        reporterGroup: 'civil_servant',
        target: 'self',
        occurredOn: addDays(today, -1),
        occurredTime: '10:15',
        location: 'work_location',
        locationDetail: 'Publieksbalie Stadskantoor (demo)',
        channel: 'in_person',
        kinds: ['verbal_aggression', 'intimidation'],
        narrative:
          'Een bezoeker (fictief) was boos over een afgewezen vergunning. Hij schreeuwde en sloeg met zijn vuist op de balie. Toen ik zei dat ik een collega zou halen, zei hij dat hij "wel wist waar ik woonde". (Demogegevens.)',
        perpetratorKnown: false,
        perpetratorType: 'citizen',
        impacts: ['fear'],
        witnesses: true,
        witnessDetails: 'Collega aan de naastgelegen balie (demo)',
      },
    },
    {
      author: 'raadslid@demo.weerbaar.nl',
      body: {
        ...base,
        reporterGroup: 'office_holder',
        target: 'self',
        occurredOn: addDays(today, -9),
        location: 'online',
        channel: 'social_media',
        kinds: ['threat', 'online_hate'],
        narrative:
          'Na het raadsdebat over de nieuwe opvanglocatie kreeg ik op sociale media tientallen haatberichten. Eén account (fictief) schreef dat "iemand mij eens moest opwachten na de vergadering". (Demogegevens.)',
        perpetratorKnown: false,
        perpetratorType: 'citizen',
        perpetratorRepeat: true,
        impacts: ['fear'],
      },
    },
    {
      author: 'melder@demo.weerbaar.nl',
      body: {
        ...base,
        reporterGroup: 'civil_servant',
        target: 'colleague',
        victimName: 'J. Voorbeeld (fictieve collega)',
        occurredOn: addDays(today, -30),
        location: 'public',
        locationDetail: 'Tijdens handhavingsronde in de binnenstad (demo)',
        channel: 'in_person',
        kinds: ['physical_violence'],
        narrative:
          'Mijn collega van handhaving werd bij het uitschrijven van een boete geduwd en tegen een fietsenrek gewerkt. Omstanders belden de politie. (Demogegevens.)',
        perpetratorKnown: true,
        perpetratorType: 'citizen',
        impacts: ['injury', 'absence'],
        policeCalled: true,
      },
    },
    {
      author: 'raadslid@demo.weerbaar.nl',
      body: {
        ...base,
        reporterGroup: 'office_holder',
        target: 'relative',
        victimName: 'Partner van het raadslid (fictief)',
        occurredOn: addDays(today, -3),
        location: 'at_home',
        channel: 'letter',
        kinds: ['intimidation', 'doxing'],
        narrative:
          'Er lag een anonieme brief in onze brievenbus met mijn woonadres en foto’s van ons huis, met de tekst dat "we ons maar eens moesten bedenken". (Demogegevens.)',
        perpetratorKnown: false,
        impacts: ['fear'],
      },
    },
  ];
}

/**
 * Demo content for Gemeente Utrecht: a handful of fictitious reports in different
 * stages, so the register, "Mijn meldingen" and the case page show something real.
 */
export async function contributeIncidentDemo(
  deps: AppDeps,
  orgIds: Map<string, string>,
): Promise<void> {
  const organisationId = orgIds.get(DEMO_ORG);
  if (!organisationId) return;
  const handler = await findPersonByEmail(deps.db, 'behandelaar@demo.weerbaar.nl');
  if (!handler) return;
  const handlerCtx = demoContext(deps, organisationId, handler.id, ['handler', 'reporter']);
  const today = amsterdamDate(new Date());
  const ids: string[] = [];
  for (const report of demoReports(today)) {
    const person = await findPersonByEmail(deps.db, report.author);
    if (!person) continue;
    const ctx = demoContext(deps, organisationId, person.id, ['reporter']);
    const receipt = await reportIncident(ctx, ReportBody.parse(report.body));
    ids.push(receipt.row.id);
  }
  const [counter, online, physical] = ids;
  if (online) {
    await changeStatus(handlerCtx, online, { to: 'in_treatment' });
    await triageIncident(handlerCtx, online, {
      priority: 'normal',
      risks: { repeat: true, weapon: false, homeAddressKnown: false, threatToRelatives: false },
      note: 'Herhaalde berichten van hetzelfde account; monitoren. (Demo.)',
    });
    await sendHandlerMessage(handlerCtx, online, {
      body: 'Dank voor uw melding. Heeft u schermafdrukken van de berichten? Dan kunt u die hier toevoegen. (Demo.)',
    });
  }
  if (physical) {
    await changeStatus(handlerCtx, physical, { to: 'in_treatment' });
    await changeStatus(handlerCtx, physical, { to: 'measures' });
    await addMeasure(handlerCtx, physical, {
      type: 'police_report',
      status: 'done',
      filedBy: 'employer',
      useOrganisationAddress: true,
      doneOn: addDays(today, -28),
      note: 'Aangifte gedaan door de werkgever namens de medewerker. (Demo.)',
    });
    await changeStatus(handlerCtx, physical, { to: 'aftercare' });
    await planAftercareForCase(handlerCtx, physical, { from: addDays(today, -27) });
    // The demo wijken and buurten (districts module) are loaded before the reports.
    if (await findDistrict(deps.db, organisationId, DEMO_BUURT)) {
      await setIncidentDistrict(handlerCtx, physical, { code: DEMO_BUURT });
    }
  }
  void counter;
}
