import { buildOrganisation, buildPerson, type TestPerson } from '../../test/factories';
import { multipart as multipartBody } from '../../test/multipart';
import type { TestApp } from '../../test/test-app';

/** A multipart/form-data body with one file ("file") and text fields, for app.inject. */
export function multipart(
  file: Uint8Array | string,
  fields: Record<string, string> = {},
  filename = 'data.csv',
) {
  const data = typeof file === 'string' ? Buffer.from(file) : file;
  return multipartBody(fields, [{ field: 'file', name: filename, data }]);
}

/** A small office-holder frame: two municipal strata and one provincial. */
export const FRAME_CSV =
  'code;bestuurslaag;functie;grootteklasse;populatie\r\n' +
  'gm-raad;gemeente;raadslid;klein;4000\r\n' +
  'gm-weth;gemeente;wethouder;klein;800\r\n' +
  'pv-staten;provincie;statenlid;;570\r\n';

export interface MonitorFixture {
  org: { id: string };
  researcher: TestPerson;
  base: string;
}

/** An organisation with a researcher; `base` is its Monitor URL prefix. */
export async function monitorFixture(t: TestApp): Promise<MonitorFixture> {
  const org = await buildOrganisation(t.deps.db, { type: 'rijk' });
  const researcher = await buildPerson(t.deps.db, org.id, ['researcher']);
  return { org, researcher, base: `/api/v1/orgs/${org.id}/monitor` };
}

/** Create a wave through the API and give it the small frame; returns its id. */
export async function waveWithFrame(
  t: TestApp,
  f: MonitorFixture,
  body: Record<string, unknown> = {},
): Promise<string> {
  const created = await t.app.inject({
    method: 'POST',
    url: `${f.base}/waves`,
    headers: f.researcher.headers,
    payload: {
      year: 2026,
      population: 'office_holders',
      fieldStart: '2026-01-10',
      fieldEnd: '2026-03-01',
      ...body,
    },
  });
  if (created.statusCode !== 201) throw new Error(`create wave: ${created.body}`);
  const waveId = created.json().id as string;
  const mp = multipart(FRAME_CSV);
  const frame = await t.app.inject({
    method: 'PUT',
    url: `${f.base}/waves/${waveId}/frame`,
    headers: { ...f.researcher.headers, ...mp.headers },
    payload: mp.payload,
  });
  if (frame.statusCode !== 200) throw new Error(`frame: ${frame.body}`);
  return waveId;
}
