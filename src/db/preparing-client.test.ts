import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PREPARED_PER_CONNECTION, PreparingClient } from './preparing-client';

// Prepared statements are a PostgreSQL-server feature of the pool; the PGlite run has none.
const url = process.env.TEST_DATABASE_URL;

describe.runIf(url)('PreparingClient (PostgreSQL)', () => {
  const table = `prep_${randomUUID().replaceAll('-', '')}`;
  let client: PreparingClient;
  let other: pg.Client;

  beforeAll(async () => {
    client = new PreparingClient({ connectionString: url });
    other = new pg.Client({ connectionString: url });
    await Promise.all([client.connect(), other.connect()]);
    await other.query(`create table ${table} (id int primary key, a text)`);
    await other.query(`insert into ${table} values (1, 'een'), (2, 'twee')`);
  });
  afterAll(async () => {
    await other?.query(`drop table if exists ${table}`);
    await Promise.all([client?.end(), other?.end()]);
  });

  const preparedCount = async () =>
    Number((await client.query('select count(*) as n from pg_prepared_statements')).rows[0].n);

  it('prepares a parameterised query once and reuses it', async () => {
    const before = await preparedCount();
    for (const id of [1, 2, 1]) {
      const { rows } = await client.query(`select a from ${table} where id = $1`, [id]);
      expect(rows[0].a).toBe(id === 1 ? 'een' : 'twee');
    }
    expect(await preparedCount()).toBe(before + 1);
  });

  it('leaves queries without parameters unnamed', async () => {
    const before = await preparedCount();
    await client.query(`select count(*) from ${table}`);
    expect(await preparedCount()).toBe(before);
  });

  it('survives a column added under a prepared select *', async () => {
    const q = `select * from ${table} where id = $1`;
    expect(Object.keys((await client.query(q, [1])).rows[0])).toEqual(['id', 'a']);
    await other.query(`alter table ${table} add column b int default 7`);
    const { rows } = await client.query(q, [1]);
    expect(rows[0]).toEqual({ id: 1, a: 'een', b: 7 });
  });

  it('stops preparing new statements past the per-connection limit', async () => {
    const spare = MAX_PREPARED_PER_CONNECTION - (await preparedCount());
    for (let i = 0; i < spare + 5; i++) {
      await client.query(`select $1::int + ${i} as n`, [1]);
    }
    expect(await preparedCount()).toBe(MAX_PREPARED_PER_CONNECTION);
    expect((await client.query('select $1::int + 1000 as n', [1])).rows[0].n).toBe(1001);
  });
});
