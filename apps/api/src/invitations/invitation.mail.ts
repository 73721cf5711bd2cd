import type { Mail } from '../mail/mail.service';

export function invitationMail(input: {
  to: string;
  inviteeName: string;
  inviterName: string;
  allianceName: string;
  role: string;
  message: string | undefined;
  link: string;
  expiresAt: Date;
}): Mail {
  const lines = [
    `Dear ${input.inviteeName},`,
    '',
    `${input.inviterName} invites you to join the ${input.allianceName} on Peerhub as ${input.role === 'expert' ? 'an' : 'a'} ${input.role}.`,
    ...(input.message ? ['', `“${input.message}”`] : []),
    '',
    'Accept the invitation and set your password here:',
    input.link,
    '',
    `The link works once and until ${input.expiresAt.toUTCString()}.`,
    '',
    'Peerhub — peer-to-peer learning between governments',
  ];
  return { to: input.to, subject: `Invitation to the ${input.allianceName}`, text: lines.join('\n'), kind: 'invitation' };
}
