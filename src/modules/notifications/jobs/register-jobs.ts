import type { AppDeps } from '../../../platform/deps';
import { systemClock } from '../../../platform/time';
import { deliverMail } from './deliver-mail';
import { makeDigests } from './digest';
import { fanOut } from './fan-out';
import { DIGEST_INTERVAL_MS, DIGEST_QUEUE, FAN_OUT_QUEUE, MAIL_DELIVER_QUEUE } from './queues';

/** Register the module's jobs: fan-out of events, mail delivery, and the hourly digest check. */
export function registerNotificationJobs(deps: AppDeps): void {
  deps.jobs.handle(FAN_OUT_QUEUE, async (payload) => {
    await fanOut(deps, payload);
  });
  deps.jobs.handle(MAIL_DELIVER_QUEUE, (payload) => deliverMail(deps, payload));
  deps.jobs.handle(DIGEST_QUEUE, async () => {
    await makeDigests(deps, (deps.clock ?? systemClock).now());
  });
  deps.jobs.every(DIGEST_QUEUE, DIGEST_INTERVAL_MS);
}
