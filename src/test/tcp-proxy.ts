import net from 'node:net';

/** How the proxy fails while cut: like a stopped server, or like a network that drops packets. */
export type Outage = 'refuse' | 'blackhole';

export interface TcpProxy {
  port: number;
  /**
   * Cut every open connection and fail new ones: `refuse` closes the listener (clients get
   * ECONNREFUSED, as from a stopped server); `blackhole` accepts and never answers (clients
   * wait for their own timeout, as behind a broken network).
   */
  cut(outage: Outage): Promise<void>;
  /** Forward again, on the same port. */
  restore(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A TCP forwarder between the app's pool and PostgreSQL, so a test can take the
 * database away from this app alone — never the shared server other tests use.
 */
export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const open = new Set<net.Socket>();
  const held = new Set<net.Socket>();
  let mode: Outage | null = null;
  const track = (socket: net.Socket) => {
    open.add(socket);
    socket.on('close', () => open.delete(socket));
    socket.on('error', () => socket.destroy());
  };
  const server = net.createServer((client) => {
    track(client);
    if (mode === 'blackhole') {
      held.add(client); // hold it: no bytes ever come back
      return;
    }
    const upstream = net.connect(target.port, target.host);
    track(upstream);
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve((server.address() as net.AddressInfo).port);
      });
    });
  const stopListening = () =>
    new Promise<void>((resolve) => {
      if (!server.listening) return resolve();
      server.close(() => resolve());
    });
  const destroyAll = () => {
    for (const socket of open) socket.destroy();
  };
  const port = await listen(0);
  return {
    port,
    async cut(outage) {
      mode = outage;
      destroyAll();
      if (outage === 'refuse') {
        const closed = stopListening();
        destroyAll(); // sockets accepted while closing
        await closed;
      }
    },
    async restore() {
      for (const socket of held) socket.destroy(); // their clients gave up already
      held.clear();
      mode = null;
      if (!server.listening) await listen(port);
    },
    async close() {
      const closed = stopListening();
      destroyAll();
      await closed;
    },
  };
}
