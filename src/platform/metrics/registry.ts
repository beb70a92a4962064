import client from 'prom-client';

/**
 * Process-wide metrics that code outside HTTP counts (jobs, mail). Each app adds its own
 * registry for HTTP, queue depth and pool use (metrics.plugin.ts); a scrape merges both.
 * Labels are names and outcomes only, never ids or addresses.
 */
export const processRegistry = new client.Registry();

/** Job runs by queue name and outcome: done, failed (will retry) or dead (no attempts left). */
export const jobRuns = new client.Counter({
  name: 'weerbaar_job_runs_total',
  help: 'Finished job runs by job name and outcome (done, failed, dead)',
  labelNames: ['job', 'outcome'] as const,
  registers: [processRegistry],
});

/** Run time of job handlers. */
export const jobDuration = new client.Histogram({
  name: 'weerbaar_job_duration_seconds',
  help: 'Run time of job handlers in seconds',
  labelNames: ['job'] as const,
  buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 30, 120, 600],
  registers: [processRegistry],
});

/** Mail handed to the SMTP server (or the outbox), by outcome. */
export const mailMessages = new client.Counter({
  name: 'weerbaar_mail_messages_total',
  help: 'Outgoing mail messages by outcome (sent, failed)',
  labelNames: ['outcome'] as const,
  registers: [processRegistry],
});

let defaultsCollected = false;

/** Node.js process metrics (CPU, memory, event loop lag), registered once per process. */
export function collectProcessMetrics(): void {
  if (defaultsCollected) return;
  defaultsCollected = true;
  client.collectDefaultMetrics({ register: processRegistry });
}
