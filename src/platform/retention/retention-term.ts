import type { Db } from '../../db/database';

/**
 * One kind of record whose retention an organisation chooses, as the module that keeps
 * those records describes it. The module's own retention job reads the same stored value,
 * so a term changed here is the term the job applies on its next run.
 */
export interface RetentionTerm {
  /** Stable key, e.g. `incidents`. */
  kind: string;
  /** Shortest term allowed, in months (legal or policy minimum). */
  minMonths: number;
  /** Longest term allowed, in months. */
  maxMonths: number;
  /** What an organisation gets until it chooses. */
  defaultMonths: number;
  /** The organisation's current term (its choice, or the default). */
  read(db: Db, organisationId: string): Promise<number>;
  /** Store a new term; inside the caller's transaction. */
  write(trx: Db, organisationId: string, months: number): Promise<void>;
}
