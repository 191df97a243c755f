import MailComposer from 'nodemailer/lib/mail-composer';
import type { EmailDraft } from '../../shared/writing/email';

/**
 * The email draft as an `.eml` file (RFC 5322, UTF-8 body, RFC 2047 encoded
 * headers for names like "Łukasz Şahin"), built by nodemailer's MailComposer
 * rather than by hand. `X-Unsent: 1` makes Outlook and others open it as a
 * draft ready to send. Files from the case can be attached.
 */
export interface EmlAttachment {
  filename: string;
  path: string;
}

export async function renderEml(
  draft: EmailDraft,
  options: { date?: Date; attachments?: EmlAttachment[] } = {},
): Promise<Uint8Array> {
  const from = draft.from.address ? { name: draft.from.name ?? '', address: draft.from.address } : undefined;
  const composer = new MailComposer({
    ...(from ? { from } : {}),
    to: draft.to.map((r) => r.address),
    subject: draft.subject,
    text: draft.body,
    date: options.date ?? new Date(),
    headers: { 'X-Unsent': '1' },
    textEncoding: 'quoted-printable',
    attachments: (options.attachments ?? []).map((a) => ({ filename: a.filename, path: a.path })),
  });
  const message = await composer.compile().build();
  return new Uint8Array(message);
}
