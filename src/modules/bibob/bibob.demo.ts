import type { AppDeps } from '../../platform/deps';
import { findPersonByEmail } from '../../platform/identity';
import { addDays, amsterdamDate } from '../../platform/time';
import { demoContext } from '../../platform/use-case';
import { ensurePlatformDefinition } from '../questionnaires';
import { BIBOB_QUESTIONNAIRE } from './bibob-questionnaire';
import { POLICY_TEMPLATE } from './policy-template';
import { createQuestionnaireLink } from './use-cases/applicant';
import { createCase, updateCase } from './use-cases/cases';
import { adoptPolicy, savePolicy } from './use-cases/policy';

const DEMO_ORG = 'GM0344';
const OFFICER = 'bibob@demo.weerbaar.nl';

/**
 * Demo Bibob data: a policy adopted almost four years ago (so the renewal shows),
 * and three fictitious cases in different stages. Every name is invented.
 */
export async function contributeBibobDemo(deps: AppDeps, orgIds: Map<string, string>) {
  const orgId = orgIds.get(DEMO_ORG);
  const officer = await findPersonByEmail(deps.db, OFFICER);
  if (!orgId || !officer) return;
  const ctx = demoContext(deps, orgId, officer.id, ['bibob_officer']);
  // The demo loads before the modules register (main.ts): publish the questionnaire now.
  await ensurePlatformDefinition(deps.db, BIBOB_QUESTIONNAIRE);
  const today = amsterdamDate(new Date());

  const policy = await savePolicy(ctx, POLICY_TEMPLATE);
  await adoptPolicy(ctx, policy.version, {
    adoptedBy: 'het college van burgemeester en wethouders',
    adoptedOn: addDays(today, -4 * 365 + 60),
  });

  const horeca = await createCase(ctx, {
    kind: 'permit',
    reference: 'Z/26/104233',
    applicantName: 'Café De Gouden Kikker B.V. (demo)',
    subject: 'Exploitatievergunning horeca, Oudegracht (demo)',
    policyItemKey: 'exploitatievergunning-horeca',
    receivedOn: addDays(today, -10),
  });
  await createQuestionnaireLink(ctx, horeca.id, {});

  const bouw = await createCase(ctx, {
    kind: 'permit',
    reference: 'OLO-2026-88120',
    applicantName: 'Vechtzicht Vastgoed Holding B.V. (demo)',
    subject: 'Omgevingsvergunning bouw van 40 appartementen (demo)',
    policyItemKey: 'omgevingsvergunning-bouwen',
    receivedOn: addDays(today, -45),
  });
  await updateCase(ctx, bouw.id, {
    checklist: {
      kvk: {
        status: 'done',
        on: addDays(today, -40),
        note: 'Zeggenschapsstructuur in beeld (demo).',
      },
      kadaster: { status: 'done', on: addDays(today, -39), note: null },
      open_sources: { status: 'done', on: addDays(today, -38), note: null },
      police_riec: {
        status: 'done',
        on: addDays(today, -35),
        note: 'RIEC-signaal over financier (demo).',
      },
    },
    risk: {
      level: 'minor',
      reasoning:
        'De financiering loopt via een lening van een buitenlandse vennootschap waarvan de herkomst van het geld niet is aangetoond (demo).',
      assessedOn: addDays(today, -30),
    },
    advice: { requestedOn: addDays(today, -28), extendedOn: null, receivedOn: null },
  });

  const subsidie = await createCase(ctx, {
    kind: 'subsidy',
    reference: 'SUB-2026-0412',
    applicantName: 'Stichting Buurtsport Overvecht (demo)',
    subject: 'Jaarsubsidie sportactiviteiten (demo)',
    policyItemKey: 'subsidie',
    receivedOn: addDays(today, -70),
  });
  await updateCase(ctx, subsidie.id, {
    checklist: {
      kvk: { status: 'done', on: addDays(today, -60), note: null },
      brp: { status: 'not_applicable', on: null, note: 'Rechtspersoon (demo).' },
    },
    risk: {
      level: 'none',
      reasoning: 'Geen aanwijzingen gevonden (demo).',
      assessedOn: addDays(today, -50),
    },
  });
  await updateCase(ctx, subsidie.id, {
    decision: {
      outcome: 'granted',
      decidedOn: addDays(today, -45),
      bibobGrounds: false,
      reasoning: null,
    },
  });
}
