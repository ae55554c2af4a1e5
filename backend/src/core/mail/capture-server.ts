import { mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** One message as the capture server received it. */
export interface CapturedMessage {
  /** Capture-local id (sequence), not the Message-ID. */
  id: string;
  messageId: string | null;
  from: string;
  to: string[];
  subject: string;
  receivedAt: string;
  size: number;
}

export interface CaptureServerOptions {
  port?: number;
  host?: string;
  /** Where messages are written (`<id>.eml` + `<id>.json`); memory only when unset. */
  dir?: string;
  /**
   * Called after a message's data has arrived, before the server answers 250. Tests use it to
   * hold the answer and kill the sender mid-send, as a real server that got the data would be.
   */
  beforeAccept?: (message: CapturedMessage) => Promise<void>;
}

/**
 * A local SMTP server that keeps every message instead of delivering it: `npm start` and the
 * tests send real SMTP to it, and /dev/mail lists what arrived.
 */
export class MailCaptureServer {
  private server?: SMTPServer;
  private readonly received: CapturedMessage[] = [];
  private sequence = 0;
  port = 0;

  constructor(private readonly options: CaptureServerOptions = {}) {
    if (options.dir) mkdirSync(options.dir, { recursive: true });
    if (options.dir)
      this.sequence = readdirSync(options.dir).filter((f) => f.endsWith('.json')).length;
  }

  async start(): Promise<number> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      banner: 'Reha mail capture',
      size: 25 * 1024 * 1024,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks);
          this.store(
            raw,
            session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            session.envelope.rcptTo.map((r) => r.address),
          )
            .then(async (message) => {
              if (this.options.beforeAccept) await this.options.beforeAccept(message);
              callback();
            })
            .catch((error: Error) => callback(error));
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(this.options.port ?? 0, this.options.host ?? '127.0.0.1', () =>
        resolve(),
      );
    });
    this.server.on('error', () => undefined);
    this.port = (this.server.server.address() as AddressInfo).port;
    return this.port;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = undefined;
  }

  messages(): CapturedMessage[] {
    return [...this.received];
  }

  private async store(raw: Buffer, from: string, to: string[]): Promise<CapturedMessage> {
    const parsed = await simpleParser(raw);
    this.sequence += 1;
    const message: CapturedMessage = {
      id: String(this.sequence).padStart(6, '0'),
      messageId: parsed.messageId ?? null,
      from,
      to,
      subject: parsed.subject ?? '',
      receivedAt: new Date().toISOString(),
      size: raw.length,
    };
    this.received.push(message);
    if (this.options.dir) {
      writeFileSync(join(this.options.dir, `${message.id}.eml`), raw);
      writeFileSync(join(this.options.dir, `${message.id}.json`), JSON.stringify(message));
    }
    return message;
  }
}

/** Reads what a capture server wrote to its folder (for /dev/mail in the API process). */
export function readCapturedMessages(dir: string): CapturedMessage[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .reverse()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as CapturedMessage);
}
