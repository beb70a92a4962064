import fs from 'node:fs';
import path from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import { mailMessages } from '../metrics/registry';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

/**
 * Sends mail over SMTP when SMTP_URL is set; otherwise writes each message as
 * an .eml file into the data folder's outbox, so development needs no server.
 */
export class Mailer {
  private readonly transport: Transporter;

  constructor(
    private readonly from: string,
    smtpUrl: string | undefined,
    outboxDir: string,
  ) {
    if (smtpUrl) {
      this.transport = nodemailer.createTransport(smtpUrl);
    } else {
      fs.mkdirSync(outboxDir, { recursive: true });
      this.transport = nodemailer.createTransport({
        streamTransport: true,
        buffer: true,
        newline: 'unix',
      });
      this.outboxDir = outboxDir;
    }
  }

  private outboxDir: string | null = null;

  async send(mail: OutgoingMail): Promise<string> {
    const info = await this.transport.sendMail({ from: this.from, ...mail }).then(
      (sent) => {
        mailMessages.inc({ outcome: 'sent' });
        return sent;
      },
      (error: unknown) => {
        mailMessages.inc({ outcome: 'failed' });
        throw error;
      },
    );
    if (this.outboxDir && 'message' in info && Buffer.isBuffer(info.message)) {
      const file = path.join(
        this.outboxDir,
        `${Date.now()}-${info.messageId.replace(/[^a-z0-9]/gi, '')}.eml`,
      );
      fs.writeFileSync(file, info.message);
    }
    return info.messageId;
  }

  close(): void {
    this.transport.close();
  }
}
