import type { Db } from '../../db/database';
import { type PersonSummary, peopleByIds } from './person.repository';

/**
 * Rows with fields of the person each names, as an inner join on `person` gave them: a row whose
 * person is gone is dropped. `fields` maps a new field to a person field (`{ requester_name:
 * 'display_name' }`). With `byName` the rows follow the people's display names in the database's
 * collation, the rows' own order breaking ties, as `ORDER BY display_name, …` did.
 */
export async function withPeople<R, K extends string>(
  db: Db,
  rows: readonly R[],
  personIdOf: (row: R) => string,
  fields: Record<K, keyof PersonSummary>,
  order: 'rows' | 'byName' = 'rows',
): Promise<(R & Record<K, string>)[]> {
  const people = await peopleByIds(db, rows.map(personIdOf));
  const named = rows.flatMap((row) => {
    const person = people.get(personIdOf(row));
    if (!person) return [];
    const extra = Object.fromEntries(
      Object.entries<keyof PersonSummary>(fields).map(([as, field]) => [as, person[field]]),
    ) as Record<K, string>;
    return [{ row: { ...row, ...extra }, personId: person.id }];
  });
  if (order === 'byName') {
    const rank = new Map([...people.keys()].map((id, i) => [id, i]));
    named.sort((a, b) => (rank.get(a.personId) ?? 0) - (rank.get(b.personId) ?? 0));
  }
  return named.map((n) => n.row);
}
