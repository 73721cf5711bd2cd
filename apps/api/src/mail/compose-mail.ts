import type { UiLocale } from '@peerhub/contracts';
import type { Mail } from './mail.service';
import { mailText } from './mail-messages';

/** What a mail says, already in the recipient's language, before the greeting and footer go round it. */
export interface MailDraft {
  to: string;
  /** What the mail is about (invitation, password-reset…), for the outbox. */
  kind: string;
  locale: UiLocale;
  /** The recipient's name, for the greeting. */
  name: string;
  subject: string;
  /** Paragraphs; a blank line goes between them. */
  paragraphs: string[];
  /** The absolute link back into the app (MailService.link); it ends the body unless a paragraph already holds it. */
  link: string;
}

/**
 * Every mail reads the same way in every language: greeting, paragraphs, the link into the app,
 * the footer. Kept pure (no service) so that specs can read a mail without a database.
 */
export function composeMail(draft: MailDraft): Mail {
  const body = draft.paragraphs.some((p) => p.includes(draft.link)) ? draft.paragraphs : [...draft.paragraphs, draft.link];
  const text = [mailText(draft.locale, 'mail.greeting', { name: draft.name }), ...body, mailText(draft.locale, 'mail.footer.sentBy')].join('\n\n');
  return { to: draft.to, subject: draft.subject, text, kind: draft.kind };
}
