import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The real server, started as an operator would: `node bin/weerbaar.js start`. */
export interface ServerProcess {
  child: ChildProcess;
  port: number;
  baseUrl: string;
  /** Everything the process wrote, for assertions and for a failing test's message. */
  output(): string;
  /** Resolves with the exit code and signal once the process has ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Remove the temporary data folder (after the process ended). */
  cleanUp(): void;
}

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Answers of /health/live, or null while nothing listens. */
function live(port: number): Promise<number | null> {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path: '/health/live', agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? null));
    });
    req.on('error', () => resolve(null));
  });
}

/**
 * Start the server in a temporary data folder (PGlite) or on `databaseUrl`, without demo
 * data and with a stub web build (so `start` does not build the web app), and wait until
 * it answers. `dataDir` may be prepared by the caller first (seeded users).
 */
export async function startServerProcess(options: {
  dataDir: string;
  databaseUrl?: string;
  startTimeoutMs?: number;
}): Promise<ServerProcess> {
  const port = await freePort();
  const webDir = path.join(options.dataDir, 'web');
  fs.mkdirSync(webDir, { recursive: true });
  fs.writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>Weerbaar</title>');
  let output = '';
  const child = spawn(process.execPath, ['bin/weerbaar.js', 'start'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      WEERBAAR_DATA_DIR: options.dataDir,
      WEERBAAR_MASTER_KEY: randomBytes(32).toString('base64'),
      WEERBAAR_DEMO: 'false',
      WEB_DIST_DIR: webDir,
      LOG_LEVEL: 'info',
      ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d) => {
    output += String(d);
  });
  child.stderr?.on('data', (d) => {
    output += String(d);
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const deadline = Date.now() + (options.startTimeoutMs ?? 90_000);
  let ended = false;
  void exited.then(() => {
    ended = true;
  });
  while ((await live(port)) !== 200) {
    if (ended || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The server did not start:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    child,
    port,
    baseUrl: `http://127.0.0.1:${port}`,
    output: () => output,
    exited,
    cleanUp: () => fs.rmSync(options.dataDir, { recursive: true, force: true }),
  };
}

/** A fresh temporary data folder. */
export function tempDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'weerbaar-proc-'));
}
