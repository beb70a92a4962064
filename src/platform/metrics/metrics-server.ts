import http from 'node:http';
import { type AppMetrics, bearerMatches } from './metrics.plugin';

export interface MetricsServer {
  port: number;
  close(): Promise<void>;
}

/**
 * Serve GET /metrics on a port of its own (METRICS_PORT), for a scraper on the internal
 * network: keep this port off the public network. With METRICS_TOKEN set it asks for the
 * token here too.
 */
export async function startMetricsServer(
  metrics: AppMetrics,
  options: { port: number; host: string; token?: string },
): Promise<MetricsServer> {
  const server = http.createServer((req, res) => {
    if (req.method !== 'GET' || req.url?.split('?')[0] !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
      return;
    }
    if (options.token && !bearerMatches(req, options.token)) {
      res.writeHead(401, { 'www-authenticate': 'Bearer' }).end();
      return;
    }
    metrics.render().then(
      ({ contentType, body }) => res.writeHead(200, { 'content-type': contentType }).end(body),
      () => res.writeHead(503, { 'content-type': 'text/plain' }).end('metrics unavailable\n'),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, resolve);
  });
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : options.port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
