import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
/**
 * Starting includes migrations and demo data (argon2 hashes): give it time. A busy shared
 * machine may need more (E2E_READY_TIMEOUT_MS).
 */
const READY_TIMEOUT_MS = Number(process.env.E2E_READY_TIMEOUT_MS ?? 120_000);
const STOP_TIMEOUT_MS = 10_000;
const LOG_LINES_KEPT = 200;

export interface RunningServer {
  /** Base URL, e.g. http://127.0.0.1:41234 */
  url: string;
  /** The fresh data folder (removed on stop). */
  dataDir: string;
  /** The last lines the server wrote, for error messages. */
  logs(): string;
  stop(): Promise<void>;
}

export interface StartServerOptions {
  /** Extra environment variables for the server. */
  env?: Record<string, string>;
  /** Load the demo organisations and users (default true). */
  demo?: boolean;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Start the real app (`node --import tsx src/cli.ts start`) on a free port
 * with a fresh data folder and the demo data, and wait for /health/ready.
 */
export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'weerbaar-e2e-'));
  const url = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: url,
    WEERBAAR_DATA_DIR: dataDir,
    WEERBAAR_DEMO: options.demo === false ? 'false' : 'true',
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    ...options.env,
  };
  if (!process.env.DATABASE_URL) delete env.DATABASE_URL;

  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    if (lines.length > LOG_LINES_KEPT) lines.splice(0, lines.length - LOG_LINES_KEPT);
  };
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'start'], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const logs = () => lines.join('\n');
  const stop = async () => {
    process.off('exit', killOnExit);
    await stopChild(child);
    fs.rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    await waitForReady(url, child, logs);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, dataDir, logs, stop };
}

async function waitForReady(url: string, child: ChildProcess, logs: () => string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `The Weerbaar server exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${logs()}`,
      );
    }
    try {
      const response = await fetch(`${url}/health/ready`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  throw new Error(`The Weerbaar server was not ready within ${READY_TIMEOUT_MS} ms:\n${logs()}`);
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timeout = sleep(STOP_TIMEOUT_MS).then(() => 'timeout' as const);
  if ((await Promise.race([exited, timeout])) === 'timeout') {
    child.kill('SIGKILL');
    await exited;
  }
}
