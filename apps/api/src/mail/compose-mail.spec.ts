import { composeMail } from './compose-mail';

describe('composeMail', () => {
  const draft = { to: 'a@example.test', kind: 'test', name: 'Aruzhan', subject: 'S', link: 'http://peerhub.test/x' };

  it('puts the greeting first, the link after the paragraphs and the footer last, in the recipient’s language', () => {
    expect(composeMail({ ...draft, locale: 'kk', paragraphs: ['Бірінші.'] }).text).toBe(
      'Құрметті Aruzhan!\n\nБірінші.\n\nhttp://peerhub.test/x\n\nPeerhub жіберді — Астана халықаралық мемлекеттік қызмет саласындағы хабының өзара оқыту платформасы.',
    );
  });

  it('leaves the link where a paragraph already holds it', () => {
    const mail = composeMail({ ...draft, locale: 'en', paragraphs: ['Open it here:\nhttp://peerhub.test/x', 'It works once.'] });
    expect(mail.text.match(/http:\/\/peerhub\.test\/x/g)).toHaveLength(1);
    expect(mail.text).toBe('Dear Aruzhan,\n\nOpen it here:\nhttp://peerhub.test/x\n\nIt works once.\n\nSent by Peerhub, the peer-learning platform of the Astana Civil Service Hub.');
  });
});
