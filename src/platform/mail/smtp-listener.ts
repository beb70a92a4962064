import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';

/**
 * A refusal with its SMTP reply: 5xx is final (the sender's server bounces the
 * message at once), 4xx asks it to try again later. Handlers throw this; any other
 * error becomes a temporary failure, so no message is lost to a bug of ours.
 */
export class SmtpRefusal extends Error {
  constructor(
    readonly responseCode: number,
    message: string,
  ) {
    super(message);
    this.name = 'SmtpRefusal';
  }
}

export interface SmtpEnvelope {
  /** MAIL FROM, as given. */
  sender: string;
  /** Every RCPT TO that acceptRecipient let through. */
  recipients: string[];
  /** Connection id, for the audit origin; never an address. */
  sessionId: string;
}

export interface SmtpListenerOptions {
  port: number;
  host: string;
  /** Name the server greets with. */
  name: string;
  /** Largest message accepted; advertised with SIZE and enforced while the data streams in. */
  maxBytes: number;
  tls?: { key: Buffer; cert: Buffer };
  logger: Logger;
  /** Decide on one recipient, knowing the envelope sender; throw SmtpRefusal to refuse it. */
  acceptRecipient(sender: string, recipient: string): Promise<void>;
  /** Take the whole message; the returned text goes into the 250 reply. */
  acceptMessage(envelope: SmtpEnvelope, raw: Buffer): Promise<string>;
}

export interface SmtpListener {
  port: number;
  close(): Promise<void>;
}

/** Most recipients one message may name: forwarding to many intake addresses is not a use. */
export const MAX_SMTP_RECIPIENTS = 5;
/** Most connections at once; a mail server retries later when refused. */
export const MAX_SMTP_CLIENTS = 50;
/**
 * Refused recipients after which a connection is closed (421). Accept-or-refuse tells
 * whether an address may send, so trying many addresses on one connection is cut short.
 */
export const MAX_REFUSALS_PER_CONNECTION = 3;

const TEMPORARY_FAILURE = new SmtpRefusal(
  451,
  '4.3.0 Tijdelijke storing, probeer het later opnieuw',
);

/**
 * Turn an error into what the client may see. Only SmtpRefusal texts reach the
 * client; the log gets the code and the error's class, never addresses or content.
 */
function reply(logger: Logger, stage: string, error: unknown): SmtpRefusal {
  if (error instanceof SmtpRefusal) {
    logger.info({ stage, code: error.responseCode }, 'smtp intake refused');
    return error;
  }
  logger.error(
    { stage, error: error instanceof Error ? error.name : 'error' },
    'smtp intake failed',
  );
  return TEMPORARY_FAILURE;
}

/**
 * An SMTP server that only receives (no relay, no AUTH): the platform half of mail
 * intake. It knows nothing of the domain; the module behind it decides who may send
 * to which address and what becomes of a message.
 */
export async function startSmtpListener(options: SmtpListenerOptions): Promise<SmtpListener> {
  const { logger } = options;
  const refusals = new Map<string, number>();
  const server = new SMTPServer({
    name: options.name,
    banner: 'Weerbaar',
    size: options.maxBytes,
    rejectOversized: true,
    maxRecipients: MAX_SMTP_RECIPIENTS,
    maxClients: MAX_SMTP_CLIENTS,
    authOptional: true,
    disabledCommands: options.tls ? ['AUTH'] : ['AUTH', 'STARTTLS'],
    key: options.tls?.key,
    cert: options.tls?.cert,
    disableReverseLookup: true,
    // On shutdown, give a message in flight a few seconds, not the default thirty.
    closeTimeout: 5_000,
    // smtp-server's own log would carry the addresses of every envelope.
    logger: false,
    onMailFrom(address, _session, callback) {
      // The null sender (bounces, auto-replies) is nobody who could own a draft.
      if (!address.address) {
        callback(reply(logger, 'mail', new SmtpRefusal(550, '5.7.1 Geen afzender opgegeven')));
        return;
      }
      callback();
    },
    onRcptTo(address, session, callback) {
      const sender = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
      options.acceptRecipient(sender, address.address).then(
        () => callback(),
        (error: unknown) => {
          const refused = reply(logger, 'rcpt', error);
          const count = (refusals.get(session.id) ?? 0) + 1;
          refusals.set(session.id, count);
          // 421 makes smtp-server close the connection after the reply.
          callback(
            count >= MAX_REFUSALS_PER_CONNECTION
              ? new SmtpRefusal(421, '4.7.0 Te veel geweigerde adressen, verbinding gesloten')
              : refused,
          );
        },
      );
    },
    onClose(session) {
      refusals.delete(session.id);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      let bytes = 0;
      stream.on('data', (chunk: Buffer) => {
        // Past the limit, stop keeping bytes: the 552 needs none of them.
        if (stream.sizeExceeded || bytes > options.maxBytes) return;
        chunks.push(chunk);
        bytes += chunk.length;
      });
      stream.on('error', (error) => callback(reply(logger, 'data', error)));
      stream.on('end', () => {
        if (stream.sizeExceeded || bytes > options.maxBytes) {
          callback(reply(logger, 'data', new SmtpRefusal(552, '5.3.4 Het bericht is te groot')));
          return;
        }
        options.acceptMessage(envelopeOf(session), Buffer.concat(chunks, bytes)).then(
          (message) => callback(null, message),
          (error: unknown) => callback(reply(logger, 'data', error)),
        );
      });
    },
  });
  server.on('error', (error) => {
    logger.error({ error: error.name }, 'smtp intake listener error');
  });
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function envelopeOf(session: SMTPServerSession): SmtpEnvelope {
  return {
    sender: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
    recipients: session.envelope.rcptTo.map((r) => r.address),
    sessionId: session.id,
  };
}
