/** Group commit for report intake: reports that arrive together are written in one statement. */
import type { Db } from '../../db/database';
import { type InsertedReport, insertReports, type NewReport } from './reports.repository';

interface Pending {
  report: NewReport;
  resolve(inserted: InsertedReport): void;
  reject(error: unknown): void;
}

/** Intake statements running at once; reports arriving meanwhile wait for the next one. */
export const MAX_IN_FLIGHT = 4;
/** Reports per statement at most. */
export const MAX_BATCH = 64;

/**
 * Writes reports that need no transaction of their own (ADR 0015). While fewer than
 * MAX_IN_FLIGHT intake statements run, a report is written at once, so at low load
 * nobody waits. When the database is busy, the reports that arrive meanwhile go
 * together in the next statement: one parse, one plan, one commit and one round trip
 * for all of them. Each report stays atomic (its rows are in one statement). When a
 * statement fails, its reports are written again one by one, so a bad report fails
 * its own request only.
 */
export class IntakeBatcher {
  private readonly queue: Pending[] = [];
  private inFlight = 0;

  constructor(private readonly db: Db) {}

  write(report: NewReport): Promise<InsertedReport> {
    return new Promise((resolve, reject) => {
      this.queue.push({ report, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.inFlight < MAX_IN_FLIGHT && this.queue.length > 0) {
      const batch = this.queue.splice(0, MAX_BATCH);
      this.inFlight += 1;
      void this.run(batch).finally(() => {
        this.inFlight -= 1;
        this.pump();
      });
    }
  }

  /** Settles every promise of the batch; never rejects itself. */
  private async run(batch: Pending[]): Promise<void> {
    let inserted: InsertedReport[];
    try {
      inserted = await insertReports(
        this.db,
        batch.map((p) => p.report),
      );
    } catch (error) {
      if (batch.length === 1) {
        batch[0]!.reject(error);
        return;
      }
      for (const p of batch) await this.run([p]);
      return;
    }
    const byId = new Map(inserted.map((r) => [r.id, r]));
    for (const p of batch) {
      const row = byId.get(p.report.id);
      if (row) p.resolve(row);
      else p.reject(new Error('the insert did not return this report'));
    }
  }
}

const batchers = new WeakMap<Db, IntakeBatcher>();

/** The batcher of this database, shared by all its requests. */
export function intakeBatcher(db: Db): IntakeBatcher {
  let batcher = batchers.get(db);
  if (!batcher) {
    batcher = new IntakeBatcher(db);
    batchers.set(db, batcher);
  }
  return batcher;
}
