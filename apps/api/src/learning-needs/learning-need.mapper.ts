import type { LanguageCode, LearningNeed, TopicSlug } from '@peerhub/contracts';
import type { LearningNeedEntity } from './learning-need.entity';

export function toLearningNeed(
  need: LearningNeedEntity,
  refs: { allianceName: string; author: { name: string; country: string | null }; proposals: number },
): LearningNeed {
  return {
    id: need.id,
    allianceId: need.allianceId,
    allianceName: refs.allianceName,
    author: { personId: need.authorId, name: refs.author.name, country: refs.author.country as LearningNeed['author']['country'] },
    title: need.title,
    challenge: need.challenge,
    topics: need.topics as TopicSlug[],
    outcomes: need.outcomes,
    addedValue: need.addedValue,
    formats: need.formats,
    languages: need.languages as LanguageCode[],
    language: need.language as LanguageCode,
    timeFrom: need.timeFrom,
    timeTo: need.timeTo,
    organisation: need.organisation,
    status: need.status,
    proposals: refs.proposals,
    createdAt: need.createdAt.toISOString(),
    updatedAt: need.updatedAt.toISOString(),
  };
}
