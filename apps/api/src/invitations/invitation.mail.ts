import type { AllianceRole, UiLocale } from '@peerhub/contracts';
import { composeMail } from '../mail/compose-mail';
import type { Mail } from '../mail/mail.service';
import { mailDateTime, textsIn } from '../mail/mail-messages';

export function invitationMail(input: {
  to: string;
  inviteeName: string;
  inviterName: string;
  allianceName: string;
  role: AllianceRole;
  message: string | undefined;
  link: string;
  expiresAt: Date;
  locale: UiLocale;
  /** The invitee's zone when they already have an account; UTC otherwise, named in the text. */
  timeZone: string;
}): Mail {
  const t = textsIn(input.locale);
  return composeMail({
    to: input.to,
    kind: 'invitation',
    locale: input.locale,
    name: input.inviteeName,
    subject: t('mail.invitation.subject', { alliance: input.allianceName }),
    paragraphs: [
      t('mail.invitation.invites', { inviter: input.inviterName, alliance: input.allianceName, role: input.role }),
      ...(input.message ? [t('mail.invitation.message', { message: input.message })] : []),
      `${t('mail.invitation.accept')}\n${input.link}`,
      t('mail.invitation.expiry', { expiresAt: mailDateTime(input.locale, input.expiresAt, input.timeZone) }),
    ],
    link: input.link,
  });
}
