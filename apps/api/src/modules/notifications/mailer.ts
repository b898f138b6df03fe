import nodemailer from 'nodemailer';
import type { Logger } from '../../platform/logger.ts';

export type OutgoingEmail = { to: string; subject: string; html: string; text: string; messageId: string };

/** Sends email over SMTP (nodemailer); without an SMTP URL it only logs, and says so. */
export type Mailer = {
  readonly transport: 'smtp' | 'log';
  send(email: OutgoingEmail): Promise<void>;
  close(): void;
};

export function createMailer(opts: { smtpUrl?: string; from: string; logger: Logger }): Mailer {
  if (!opts.smtpUrl) {
    return {
      transport: 'log',
      async send(email) {
        opts.logger.info({ to: email.to, subject: email.subject }, 'email (no SMTP_URL: logged, not sent)');
      },
      close() {},
    };
  }
  const transporter = nodemailer.createTransport(opts.smtpUrl);
  return {
    transport: 'smtp',
    async send(email) {
      await transporter.sendMail({
        from: opts.from,
        to: email.to,
        subject: email.subject,
        html: email.html,
        text: email.text,
        messageId: email.messageId,
      });
    },
    close() {
      transporter.close();
    },
  };
}
