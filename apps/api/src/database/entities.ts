import { CommitmentEntity } from '../action-plans/commitment.entity';
import { MatchActivityEntity } from '../learning-plans/match-activity.entity';
import { MatchObjectiveEntity } from '../learning-plans/match-objective.entity';
import { SelfAssessmentEntity } from '../learning-plans/self-assessment.entity';
import { LearningNeedEntity } from '../learning-needs/learning-need.entity';
import { MatchPartyEntity } from '../matches/match-party.entity';
import { MatchProposalEntity } from '../matches/match-proposal.entity';
import { AllianceCountryEntity } from '../alliances/alliance-country.entity';
import { AllianceMembershipEntity } from '../alliances/alliance-membership.entity';
import { AllianceOrganisationEntity } from '../alliances/alliance-organisation.entity';
import { AllianceEntity } from '../alliances/alliance.entity';
import { OrganisationEntity } from '../alliances/organisation.entity';
import { AuthSessionEntity } from '../auth/auth-session.entity';
import { PasswordResetTokenEntity } from '../auth/password-reset-token.entity';
import { RateLimitEntity } from '../auth/rate-limit.entity';
import { RefreshTokenEntity } from '../auth/refresh-token.entity';
import { InvitationEntity } from '../invitations/invitation.entity';
import { AuditEntryEntity } from '../audit/audit-entry.entity';
import { CaseStudyAttachmentEntity } from '../case-studies/case-study-attachment.entity';
import { CaseStudyCommentEntity } from '../case-studies/case-study-comment.entity';
import { CaseStudyEntity } from '../case-studies/case-study.entity';
import { CaseStudyVersionEntity } from '../case-studies/case-study-version.entity';
import { ConversationParticipantEntity } from '../conversations/conversation-participant.entity';
import { ConversationEntity } from '../conversations/conversation.entity';
import { MessageAttachmentEntity } from '../conversations/message-attachment.entity';
import { MessageReactionEntity } from '../conversations/message-reaction.entity';
import { MessageEntity } from '../conversations/message.entity';
import { AgendaItemEntity } from '../exchanges/agenda-item.entity';
import { ExchangeFeedbackEntity } from '../exchanges/exchange-feedback.entity';
import { ExchangeParticipantEntity } from '../exchanges/exchange-participant.entity';
import { ExchangeEntity } from '../exchanges/exchange.entity';
import { PollAnswerEntity, PollSlotEntity } from '../exchanges/poll-slot.entity';
import { GroupMembershipEntity } from '../groups/group-membership.entity';
import { PeerGroupEntity } from '../groups/peer-group.entity';
import { OutboxMessageEntity } from '../mail/outbox-message.entity';
import { AllianceJoinRequestEntity } from '../membership/alliance-join-request.entity';
import { PersonEntity } from '../people/person.entity';
import { NotificationPreferenceEntity } from '../notifications/notification-preference.entity';
import { NotificationEntity } from '../notifications/notification.entity';
import { SocketIoAttachmentEntity } from '../realtime/socket-io-attachment.entity';

/** Every entity, listed once: the data source, the migration generator and the drift test read this. */
export const ENTITIES = [
  OrganisationEntity,
  AllianceEntity,
  AllianceCountryEntity,
  AllianceOrganisationEntity,
  AllianceMembershipEntity,
  PersonEntity,
  InvitationEntity,
  AuthSessionEntity,
  RefreshTokenEntity,
  PasswordResetTokenEntity,
  RateLimitEntity,
  OutboxMessageEntity,
  PeerGroupEntity,
  GroupMembershipEntity,
  AllianceJoinRequestEntity,
  AuditEntryEntity,
  ConversationEntity,
  ConversationParticipantEntity,
  MessageEntity,
  MessageReactionEntity,
  MessageAttachmentEntity,
  SocketIoAttachmentEntity,
  ExchangeEntity,
  AgendaItemEntity,
  ExchangeParticipantEntity,
  PollSlotEntity,
  PollAnswerEntity,
  ExchangeFeedbackEntity,
  CaseStudyEntity,
  CaseStudyAttachmentEntity,
  CaseStudyVersionEntity,
  CaseStudyCommentEntity,
  LearningNeedEntity,
  MatchProposalEntity,
  MatchPartyEntity,
  MatchObjectiveEntity,
  MatchActivityEntity,
  SelfAssessmentEntity,
  CommitmentEntity,
  NotificationEntity,
  NotificationPreferenceEntity,
];
