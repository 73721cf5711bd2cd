import type { Mail } from '../mail/mail.service';

export function passwordResetMail(input: { to: string; name: string; link: string; minutes: number }): Mail {
  const text = [
    `Dear ${input.name},`,
    '',
    'Someone (hopefully you) asked to reset your Peerhub password. Choose a new one here:',
    input.link,
    '',
    `The link works once, for ${input.minutes} minutes. If you did not ask for this, ignore this mail: your password stays as it is.`,
  ].join('\n');
  return { to: input.to, subject: 'Reset your Peerhub password', text, kind: 'password-reset' };
}
