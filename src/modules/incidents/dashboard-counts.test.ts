import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation } from '../../test/factories';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { insertStatisticsFixture, type StatisticsFixture } from './test-helpers';

/*
 * incident_dashboard_counts (ADR 0043) is kept by triggers on incident. Whatever is
 * written — one report, many in one statement, a change of kinds, channel or date, a
 * status change, a deletion — it must equal a count from the raw reports.
 */

let t: TestApp;
let org: string;

const report = (f: Partial<StatisticsFixture> = {}): StatisticsFixture => ({
  occurredOn: '2026-01-10',
  channel: 'phone',
  location: 'work_location',
  target: 'self',
  reporterGroup: 'office_holder',
  kinds: ['threat'],
  createdAt: '2026-01-10T09:00:00Z',
  firstContactAt: null,
  dueOn: '2026-01-13',
  status: 'received',
  ...f,
});

/** The rollup's rows of the organisation, as sorted strings. */
async function rollup(): Promise<string[]> {
  const rows = await t.deps.db
    .selectFrom('incident_dashboard_counts')
    .select([sql<string>`to_char(month, 'YYYY-MM')`.as('month'), 'kind', 'dimension', 'value', 'n'])
    .where('organisation_id', '=', org)
    .where('n', '>', 0)
    .execute();
  return rows.map((r) => `${r.month} ${r.kind} ${r.dimension}=${r.value}: ${r.n}`).sort();
}

/** The same cells counted from the raw reports. */
async function recount(): Promise<string[]> {
  const { rows } = await sql<{ line: string }>`
    select to_char(i.occurred_on, 'YYYY-MM') || ' ' || k.kind || ' ' || d.dimension || '='
      || d.value || ': ' || count(*) as line
    from incident i
    cross join lateral unnest(i.kinds || array['*']::text[]) as k(kind)
    cross join lateral (
      select 'channel', i.channel union all select 'location', i.location
      union all select 'target', case when i.target = 'relative' then 'relative'
        when i.reporter_group = 'office_holder' then 'office_holder'
        when i.reporter_group = 'civil_servant' then 'employee' else 'other' end
      union all select 'kind', v from unnest(i.kinds) as v
      union all select 'handling', 'contacted' where i.first_contact_at is not null
      union all select 'handling', 'contacted_in_time'
        where (i.first_contact_at at time zone 'Europe/Amsterdam')::date <= i.first_contact_due_on
    ) as d(dimension, value)
    where i.organisation_id = ${org}
    group by to_char(i.occurred_on, 'YYYY-MM'), k.kind, d.dimension, d.value`.execute(t.deps.db);
  return rows.map((r) => r.line).sort();
}

beforeAll(async () => {
  t = await buildTestApp();
  org = (await buildOrganisation(t.deps.db)).id;
});
afterAll(async () => t?.close());

describe('the dashboard counts follow every write', () => {
  let first: string;

  it('counts a new report in every cell it belongs to', async () => {
    first = await insertStatisticsFixture(
      t.deps.db,
      org,
      report({ kinds: ['threat', 'stalking'] }),
    );
    expect(await rollup()).toEqual([
      '2026-01 * channel=phone: 1',
      '2026-01 * kind=stalking: 1',
      '2026-01 * kind=threat: 1',
      '2026-01 * location=work_location: 1',
      '2026-01 * target=office_holder: 1',
      '2026-01 stalking channel=phone: 1',
      '2026-01 stalking kind=stalking: 1',
      '2026-01 stalking kind=threat: 1',
      '2026-01 stalking location=work_location: 1',
      '2026-01 stalking target=office_holder: 1',
      '2026-01 threat channel=phone: 1',
      '2026-01 threat kind=stalking: 1',
      '2026-01 threat kind=threat: 1',
      '2026-01 threat location=work_location: 1',
      '2026-01 threat target=office_holder: 1',
    ]);
  });

  it('counts many reports written in one statement', async () => {
    await insertStatisticsFixture(t.deps.db, org, report({ target: 'relative' }));
    await insertStatisticsFixture(
      t.deps.db,
      org,
      report({ occurredOn: '2026-02-28', channel: 'email', reporterGroup: 'civil_servant' }),
    );
    await t.deps.db
      .insertInto('incident')
      .columns([
        'organisation_id',
        'source',
        'status',
        'reporter_group',
        'target',
        'occurred_on',
        'location',
        'channel',
        'kinds',
        'perpetrator_known',
        'first_contact_due_on',
      ])
      .expression(
        sql`select organisation_id, source, status, 'other', target, occurred_on + 40, 'online',
          channel, array['doxing', 'online_hate'], perpetrator_known, first_contact_due_on
        from incident where organisation_id = ${org}` as never,
      )
      .execute();
    expect(await rollup()).toEqual(await recount());
  });

  it('moves a report between cells when its kinds, channel or date change', async () => {
    await t.deps.db
      .updateTable('incident')
      .set({
        kinds: ['physical_violence'] as never,
        channel: 'letter' as never,
        occurred_on: '2026-03-03',
      })
      .where('id', '=', first)
      .execute();
    expect(await rollup()).toEqual(await recount());
    expect(await rollup()).toContain('2026-03 physical_violence channel=letter: 1');
    expect((await rollup()).some((line) => line.includes('stalking'))).toBe(false);
  });

  it('counts a first contact, in time or late, and takes it back when it is undone', async () => {
    await t.deps.db
      .updateTable('incident')
      .set({ first_contact_at: new Date('2026-01-12T10:00:00Z') })
      .where('id', '=', first)
      .execute();
    expect(await rollup()).toContain('2026-03 * handling=contacted_in_time: 1');
    const late = await insertStatisticsFixture(
      t.deps.db,
      org,
      report({
        occurredOn: '2026-04-20',
        firstContactAt: '2026-04-30T09:00:00Z',
        dueOn: '2026-04-23',
      }),
    );
    expect(await rollup()).toEqual(await recount());
    expect(await rollup()).toContain('2026-04 * handling=contacted: 1');
    expect((await rollup()).some((l) => l.startsWith('2026-04 * handling=contacted_in_time'))).toBe(
      false,
    );
    await t.deps.db
      .updateTable('incident')
      .set({ first_contact_at: null })
      .where('id', '=', late)
      .execute();
    expect(await rollup()).toEqual(await recount());
    expect((await rollup()).some((l) => l.includes('2026-04 * handling'))).toBe(false);
  });

  it('leaves the counts alone on a status change, and takes a deleted report away', async () => {
    const before = await rollup();
    await t.deps.db
      .updateTable('incident')
      .set({ status: 'closed' as never })
      .where('organisation_id', '=', org)
      .execute();
    expect(await rollup()).toEqual(before);
    await t.deps.db.deleteFrom('incident').where('id', '=', first).execute();
    expect(await rollup()).toEqual(await recount());
    expect((await rollup()).some((line) => line.startsWith('2026-03'))).toBe(false);
  });
});
