import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AcceptInvitationRequest, CreateInvitationRequest, Invitation, InvitationPreview, InvitationStatus } from '@peerhub/contracts';
import type { Actor } from '@peerhub/domain';
import { DataSource } from 'typeorm';
import { AllianceMembershipEntity } from '../alliances/alliance-membership.entity';
import { AlliancesRepository } from '../alliances/alliances.repository';
import { AuditLog } from '../audit/audit-log';
import { OrganisationsRepository } from '../alliances/organisations.repository';
import { AppError, conflict, notFound, validationFailed } from '../common/app-error';
import { APP_CONFIG, type AppConfig } from '../config/config.schema';
import { recipientLocale } from '../mail/mail-messages';
import { MailService } from '../mail/mail.service';
import { PersonEntity } from '../people/person.entity';
import { PasswordHasher } from '../auth/password-hasher';
import { hashToken, newOpaqueToken } from '../auth/tokens';
import { InvitationEntity } from './invitation.entity';
import { invitationMail } from './invitation.mail';

/**
 * Invitations are the only door into the platform: a coordinator invites an e-mail with a role in
 * their alliance; the e-mailed link carries a single-use token that expires; accepting it creates
 * the account (or adds the membership to an existing one).
 */
@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly alliances: AlliancesRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly mail: MailService,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditLog,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Mails the invitation in the invitee's language when they already have an account, else in the
   * language of the inviter's page (pageLanguage: its accept-language header), else English.
   */
  async invite(actor: Actor, allianceId: string, request: CreateInvitationRequest, pageLanguage: string | null = null): Promise<Invitation> {
    if (request.allianceId !== allianceId) {
      throw validationFailed([{ path: 'allianceId', message: 'Must match the alliance in the address' }]);
    }
    const alliance = await this.alliances.findById(allianceId);
    if (!alliance) throw notFound('Alliance');
    if (request.organisationId && !(await this.organisations.exists(request.organisationId))) {
      throw validationFailed([{ path: 'organisationId', message: 'Unknown organisation' }]);
    }
    const existing = await this.dataSource
      .createQueryBuilder()
      .select('1')
      .from('alliance_membership', 'm')
      .innerJoin('person', 'p', 'p.id = m.person_id')
      .where('m.alliance_id = :allianceId AND p.email = :email', { allianceId, email: request.email })
      .getRawOne();
    if (existing) throw conflict(`${request.email} is already a member of this alliance`, 'ALREADY_A_MEMBER');

    const { token, hash } = newOpaqueToken();
    const expiresAt = new Date(Date.now() + this.config.invitationTtlDays * 86_400_000);
    const inviter = await this.dataSource.getRepository(PersonEntity).findOneByOrFail({ id: actor.personId });
    const invitee = await this.dataSource.getRepository(PersonEntity).findOne({ where: { email: request.email }, select: { id: true, locale: true, timezone: true } });
    const saved = await this.dataSource.transaction(async (manager) => {
      // A new invitation replaces any pending one for the same person and alliance: one live link at a time.
      await manager.update(InvitationEntity, { allianceId, email: request.email, state: 'pending' }, { state: 'revoked' });
      const invitation = await manager.save(
        manager.create(InvitationEntity, {
          email: request.email,
          name: request.name,
          allianceId,
          role: request.role,
          country: request.country ?? null,
          organisationId: request.organisationId ?? null,
          message: request.message ?? '',
          tokenHash: hash,
          invitedById: actor.personId,
          state: 'pending',
          expiresAt,
          acceptedAt: null,
        }),
      );
      await this.mail.send(
        invitationMail({
          to: request.email,
          inviteeName: request.name,
          inviterName: inviter.name,
          allianceName: alliance.name,
          role: request.role,
          message: request.message,
          link: this.mail.link(`/invitations/accept?token=${token}`),
          expiresAt,
          locale: recipientLocale(invitee?.locale, pageLanguage),
          timeZone: invitee?.timezone ?? 'UTC',
        }),
      );
      await this.audit.record(manager, {
        allianceId,
        action: 'alliance.invited',
        actor: { id: inviter.id, name: inviter.name },
        subject: null,
        after: { email: request.email, name: request.name, role: request.role },
      });
      return invitation;
    });
    return this.toInvitation(saved, alliance.name, inviter.name);
  }

  async list(allianceId: string): Promise<Invitation[]> {
    const rows = await this.dataSource.getRepository(InvitationEntity).find({
      where: { allianceId },
      relations: { alliance: true, invitedBy: true },
      order: { createdAt: 'DESC' },
      take: 200,
    });
    return rows.map((r) => this.toInvitation(r, r.alliance?.name ?? '', r.invitedBy?.name ?? ''));
  }

  async revoke(allianceId: string, id: string): Promise<void> {
    const result = await this.dataSource
      .getRepository(InvitationEntity)
      .update({ id, allianceId, state: 'pending' }, { state: 'revoked' });
    if (!result.affected) throw notFound('Pending invitation');
  }

  async preview(token: string): Promise<InvitationPreview> {
    const invitation = await this.usable(token);
    const hasAccount = await this.dataSource.getRepository(PersonEntity).existsBy({ email: invitation.email });
    return {
      email: invitation.email,
      name: invitation.name,
      allianceName: invitation.alliance?.name ?? '',
      role: invitation.role,
      invitedByName: invitation.invitedBy?.name ?? '',
      country: invitation.country as InvitationPreview['country'],
      hasAccount,
      expiresAt: invitation.expiresAt.toISOString(),
    };
  }

  /** Creates the account (or adds the membership) and spends the token, all or nothing. Returns the person's id. */
  async accept(request: AcceptInvitationRequest): Promise<string> {
    const passwordHash = await this.hasher.hash(request.password);
    return this.dataSource.transaction(async (manager) => {
      const invitation = await manager
        .getRepository(InvitationEntity)
        .createQueryBuilder('i')
        .where('i.token_hash = :hash', { hash: hashToken(request.token) })
        .setLock('pessimistic_write')
        .getOne();
      this.assertUsable(invitation);
      const people = manager.getRepository(PersonEntity);
      let person = await people.findOneBy({ email: invitation.email });
      if (person) {
        // An existing account proves itself with its own password; the invitation only adds the membership.
        if (!(await this.hasher.verify(person.passwordHash, request.password))) {
          throw new AppError('INVALID_CREDENTIALS', 'This e-mail already has an account: enter its current password to accept', 401);
        }
      } else {
        person = await people.save(
          people.create({
            email: invitation.email,
            name: request.name,
            passwordHash,
            platformRole: 'user',
            country: request.country ?? invitation.country,
            organisationId: invitation.organisationId,
            timezone: request.timezone,
            languages: request.languages ?? [],
            expertiseTopics: [],
            position: '',
            bio: '',
            avatarUrl: null,
          }),
        );
      }
      await manager
        .createQueryBuilder()
        .insert()
        .into(AllianceMembershipEntity)
        .values({ allianceId: invitation.allianceId, personId: person.id, role: invitation.role, status: 'active' })
        .orIgnore()
        .execute();
      await manager.update(InvitationEntity, { id: invitation.id }, { state: 'accepted', acceptedAt: new Date() });
      await this.audit.record(manager, {
        allianceId: invitation.allianceId,
        action: 'alliance.joined',
        actor: { id: person.id, name: person.name },
        subject: { id: person.id, name: person.name },
        after: { role: invitation.role, status: 'active', via: 'invitation' },
      });
      return person.id;
    });
  }

  private async usable(token: string): Promise<InvitationEntity> {
    const invitation = await this.dataSource.getRepository(InvitationEntity).findOne({
      where: { tokenHash: hashToken(token) },
      relations: { alliance: true, invitedBy: true },
    });
    this.assertUsable(invitation);
    return invitation;
  }

  private assertUsable(invitation: InvitationEntity | null): asserts invitation is InvitationEntity {
    if (!invitation || invitation.state === 'revoked') {
      throw new AppError('INVITATION_INVALID', 'This invitation link is not valid; ask your coordinator for a new one', 404);
    }
    if (invitation.state === 'accepted') {
      throw new AppError('INVITATION_ALREADY_ACCEPTED', 'This invitation was already accepted; sign in instead', 409);
    }
    if (invitation.expiresAt.getTime() <= Date.now()) {
      throw new AppError('INVITATION_INVALID', 'This invitation has expired; ask your coordinator for a new one', 410);
    }
  }

  private toInvitation(entity: InvitationEntity, allianceName: string, invitedByName: string): Invitation {
    const status: InvitationStatus =
      entity.state === 'pending' && entity.expiresAt.getTime() <= Date.now() ? 'expired' : entity.state;
    return {
      id: entity.id,
      email: entity.email,
      name: entity.name,
      allianceId: entity.allianceId,
      allianceName,
      role: entity.role,
      status,
      invitedByName,
      expiresAt: entity.expiresAt.toISOString(),
      createdAt: entity.createdAt.toISOString(),
    };
  }
}
