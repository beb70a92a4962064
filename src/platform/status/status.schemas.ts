import { z } from 'zod';

const QueueStatus = z.object({
  queue: z.string().describe('Queue (job name)'),
  pending: z.number().int().describe('Waiting to run (due or scheduled)'),
  running: z.number().int().describe('Running now'),
  retrying: z.number().int().describe('Failed at least once, waiting for another attempt'),
  dead: z.number().int().describe('Gave up after all attempts'),
  doneLastDay: z.number().int().describe('Finished in the last 24 hours'),
  lastFailureAt: z
    .string()
    .nullable()
    .describe('When the last failure of an unfinished job happened'),
  lastErrorClass: z
    .string()
    .nullable()
    .describe('Class (and code) of that failure, e.g. "Error ECONNREFUSED"; never its details'),
});

export const PlatformStatus = z.object({
  checkedAt: z.string(),
  version: z.string().describe('Version of Weerbaar'),
  commit: z.string().nullable().describe('Git commit when known'),
  uptimeSeconds: z.number().int().describe('Seconds since this instance started'),
  databaseBytes: z.number().nullable().describe('Database size in bytes; null when unknown'),
  queues: z.array(QueueStatus).describe('Background jobs per queue, mail queues excluded'),
  mailQueues: z.array(QueueStatus).describe('Queues whose name starts with "mail."'),
});
