import type { UiLocale } from '@peerhub/contracts';
import { composeMail } from '../mail/compose-mail';
import type { Mail } from '../mail/mail.service';
import { textsIn } from '../mail/mail-messages';

export function passwordResetMail(input: { to: string; name: string; link: string; minutes: number; locale: UiLocale }): Mail {
  const t = textsIn(input.locale);
  return composeMail({
    to: input.to,
    kind: 'password-reset',
    locale: input.locale,
    name: input.name,
    subject: t('mail.auth.passwordReset.subject'),
    paragraphs: [`${t('mail.auth.passwordReset.request')}\n${input.link}`, t('mail.auth.passwordReset.expiry', { minutes: input.minutes })],
    link: input.link,
  });
}
