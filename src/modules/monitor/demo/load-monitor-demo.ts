import type { OrganisationActor } from '../../../platform/audit/audit';
import type { AppDeps } from '../../../platform/deps';
import { ensurePlatformDefinition } from '../../questionnaires';
import { insertStrata, listStrata } from '../frames/frames.repository';
import { publishWave } from '../report/use-cases/publish-wave';
import { MONITOR_DEFINITIONS } from '../responses/monitor-questionnaire';
import { insertResponses } from '../responses/responses.repository';
import { createWave } from '../waves/use-cases/create-wave';
import { setWaveStatus } from '../waves/waves.repository';
import { generateAllSyntheticWaves } from './synthetic-waves';

/** The organisation that runs the demo Monitor: the ministry. */
export const MONITOR_DEMO_ORGANISATION = 'RK-BZK';

/** Waves the demo leaves closed but unpublished, so a researcher can try publishing. */
const LEFT_UNPUBLISHED = new Set(['civil_servants-2024']);

/**
 * Load the synthetic waves (2016-2024 office holders, 2022-2024 civil
 * servants) with frames, indicators and respondents, and publish them in year
 * order so each report carries the trend up to its year. Every wave is marked
 * synthetic. Returns the number of respondents loaded.
 */
export async function loadMonitorDemo(
  deps: Pick<AppDeps, 'db'>,
  organisationId: string,
): Promise<number> {
  const actor: OrganisationActor = { organisationId, actorType: 'system', actorId: null };
  // The demo loads before the app registers its modules: publish the questionnaire versions first.
  for (const definition of MONITOR_DEFINITIONS) await ensurePlatformDefinition(deps.db, definition);
  const waves = generateAllSyntheticWaves().sort((a, b) => a.year - b.year);
  let respondents = 0;
  const created: { id: string; key: string }[] = [];
  for (const w of waves) {
    const wave = await createWave(
      deps.db,
      actor,
      {
        year: w.year,
        population: w.population,
        title: `Monitor Integriteit en Veiligheid ${w.year}`,
        questionnaireKey: w.questionnaireKey,
        fieldStart: `${w.year}-01-15`,
        fieldEnd: `${w.year}-03-15`,
        synthetic: true,
      },
      'demo',
    );
    await deps.db.transaction().execute(async (trx) => {
      await insertStrata(trx, organisationId, wave.id, w.frame);
      const idOf = new Map(
        (await listStrata(trx, organisationId, wave.id)).map((s) => [s.code, s.id]),
      );
      await insertResponses(
        trx,
        w.respondents.map((r) => ({
          organisationId,
          waveId: wave.id,
          stratumId: idOf.get(r.stratumCode)!,
          source: 'synthetic' as const,
          importId: null,
          receivedOn: `${w.year}-03-15`,
          weight: null,
          gender: r.gender,
          answers: r.answers,
          indicatorValues: {},
          openTextEnc: null,
        })),
      );
      await setWaveStatus(trx, organisationId, wave.id, 'closed');
    });
    respondents += w.respondents.length;
    created.push({ id: wave.id, key: `${w.population}-${w.year}` });
  }
  for (const c of created) {
    if (!LEFT_UNPUBLISHED.has(c.key)) await publishWave(deps.db, actor, c.id, 'demo');
  }
  return respondents;
}
