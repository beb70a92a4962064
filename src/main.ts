import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildApp } from './app';
import { createRuntime } from './bootstrap';
import { loadConfig } from './config';
import { loadDemoData } from './demo/load-demo';
import { startMailIntake } from './modules/incidents';
import { installGracefulShutdown } from './platform/http/graceful-shutdown';
import { startMetricsServer } from './platform/metrics/metrics-server';

/** Start: config -> database -> app -> listen -> graceful shutdown. */
export async function start(): Promise<void> {
  const config = loadConfig();
  const runtime = await createRuntime(config);
  const { deps } = runtime;
  const demo = config.demo ?? !config.databaseUrl;
  if (demo) await loadDemoData(deps, { print: true });
  if (!existsSync(path.join(config.webDistDir, 'index.html'))) {
    deps.logger.warn('The web app is not built (npm run build); only the API is served.');
  }
  const app = await buildApp(deps);
  deps.jobs.start();
  runtime.auditSealer.start();
  await app.listen({ port: config.port, host: config.host });
  const mailIntake = await startMailIntake(deps);
  const metricsServer =
    config.metrics.port === undefined
      ? null
      : await startMetricsServer(app.metrics, {
          port: config.metrics.port,
          host: config.host,
          token: config.metrics.token,
        });
  console.log(`\nWeerbaar draait op ${config.publicUrl}  (database: ${deps.engine})\n`);
  if (mailIntake) {
    console.log(
      `Doorgestuurde e-mail: SMTP op poort ${mailIntake.port}, adressen meldingen+<code>@${config.smtpIntake?.domain}\n`,
    );
  }

  installGracefulShutdown({
    app,
    logger: deps.logger,
    alongside: [
      () => deps.jobs.stop(),
      async () => mailIntake?.close(),
      async () => metricsServer?.close(),
    ],
    last: () => runtime.close(),
  });
}
