/** Queues of the Monitor's background jobs. */
export const JOBS = {
  sendInvitations: 'monitor.send-invitations',
  sendReminders: 'monitor.send-reminders',
  flushResponses: 'monitor.flush-responses',
  runImport: 'monitor.run-import',
} as const;
