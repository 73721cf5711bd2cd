import { Initial1795639837330 } from './1795639837330-initial';
import { PeerGroupsAndAudit1795640731311 } from './1795640731311-peer-groups-and-audit';
import { Conversations1795641977794 } from './1795641977794-conversations';
import { SocketIoAttachments1795642208485 } from './1795642208485-socket-io-attachments';
import { MessageAttachments1795643311464 } from './1795643311464-message-attachments';
import { Exchanges1795643602112 } from './1795643602112-exchanges';
import { SchedulingPolls1795643902042 } from './1795643902042-scheduling-polls';
import { ExchangeAfterwards1795644113007 } from './1795644113007-exchange-afterwards';
import { ExchangeConversations1795644429525 } from './1795644429525-exchange-conversations';
import { MessageUpdatedAt1795644555226 } from './1795644555226-message-updated-at';
import { CaseStudies1795644974181 } from './1795644974181-case-studies';
import { CaseStudyFilesVersionsComments1795654261039 } from './1795654261039-case-study-files-versions-comments';
import { ExchangeInviteesAndCalendarFeedState1795654189194 } from './1795654189194-exchange-invitees-and-calendar-feed-state';
import { LearningNeedsAndMatches1795655328897 } from './1795655328897-learning-needs-and-matches';
import { LearningPlansAndActionPlans1795655640291 } from './1795655640291-learning-plans-and-action-plans';
import { CaseStudySearchHead1795657045445 } from './1795657045445-case-study-search-head';
import { ExchangeParticipantAuthorisation1795658135969 } from './1795658135969-exchange-participant-authorisation';
import { PersonLocale1795660000000 } from './1795660000000-person-locale';
import { Notifications1795662000000 } from './1795662000000-notifications';
import { ConversationHotPathFunctions1795663000000 } from './1795663000000-conversation-hot-path-functions';
import { GroupConversationsFromTheStart1795664000000 } from './1795664000000-group-conversations-from-the-start';
import { StandingCheckedWhenPosting1795665000000 } from './1795665000000-standing-checked-when-posting';
import { ContentLanguageSearch1795661000000 } from './1795661000000-content-language-search';

/** Every migration in order; a new one is generated with `npm run migration:generate -- <Name>` and added here. */
export const MIGRATIONS: Function[] = [Initial1795639837330, PeerGroupsAndAudit1795640731311, Conversations1795641977794, SocketIoAttachments1795642208485, MessageAttachments1795643311464, Exchanges1795643602112, SchedulingPolls1795643902042, ExchangeAfterwards1795644113007, ExchangeConversations1795644429525, MessageUpdatedAt1795644555226, CaseStudies1795644974181, ExchangeInviteesAndCalendarFeedState1795654189194, CaseStudyFilesVersionsComments1795654261039, LearningNeedsAndMatches1795655328897, LearningPlansAndActionPlans1795655640291, CaseStudySearchHead1795657045445, ExchangeParticipantAuthorisation1795658135969, PersonLocale1795660000000, ContentLanguageSearch1795661000000, Notifications1795662000000, ConversationHotPathFunctions1795663000000, GroupConversationsFromTheStart1795664000000, StandingCheckedWhenPosting1795665000000];
