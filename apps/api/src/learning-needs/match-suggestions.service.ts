import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { COUNTRIES, type Availability, type CountryCode, type MatchSuggestions } from '@peerhub/contracts';
import { rank, scoreCaseStudy, scorePeer, type Actor, type NeedForMatching, type PeerForMatching } from '@peerhub/domain';
import { DataSource } from 'typeorm';
import { LearningNeedAccess } from './learning-need-access';

const countryName = (code: string | null) => COUNTRIES.find((c) => c.code === code)?.name ?? null;

/** How many suggestions of each kind a coordinator is shown. */
const TOP = 10;

interface PeerRow {
  id: string;
  name: string;
  country: string | null;
  organisation: string | null;
  position: string;
  timezone: string;
  languages: string[];
  expertise_topics: string[];
  availability: Availability;
  feedback_average: number | null;
  feedback_answers: number;
}

/**
 * Ranked peers (members and experts: coordinators broker matches, they are not matched) and case studies for a learning need, each with the reasons for its rank. Reads the
 * facts in three queries and leaves the judgement to the pure scoring in packages/domain.
 */
@Injectable()
export class MatchSuggestionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: LearningNeedAccess,
  ) {}

  async forNeed(actor: Actor, needId: string, at = new Date()): Promise<MatchSuggestions> {
    const { need } = await this.access.load(actor, needId, 'learning-need.match');
    const [author] = await this.dataSource.query<Array<{ country: string | null; timezone: string }>>('SELECT country, timezone FROM person WHERE id = $1', [need.authorId]);
    const forMatching: NeedForMatching = { authorId: need.authorId, country: author?.country ?? null, topics: need.topics, languages: need.languages, timeZone: author?.timezone ?? 'UTC' };

    const peers = await this.dataSource.query<PeerRow[]>(
      `SELECT p.id, p.name, p.country, o.name AS organisation, p.position, p.timezone, p.languages, p.expertise_topics, p.availability,
              f.average::float AS feedback_average, COALESCE(f.answers, 0)::int AS feedback_answers
         FROM alliance_membership am
         JOIN person p ON p.id = am.person_id
         LEFT JOIN organisation o ON o.id = p.organisation_id
         LEFT JOIN LATERAL (
           SELECT avg(ef.overall) AS average, count(*) AS answers
             FROM exchange x JOIN exchange_feedback ef ON ef.exchange_id = x.id
            WHERE x.organiser_id = p.id) f ON true
        WHERE am.alliance_id = $1 AND am.status = 'active' AND am.role <> 'coordinator' AND p.id <> $2`,
      [need.allianceId, need.authorId],
    );
    // Published case studies the alliance may read: by a candidate, or about a candidate's country.
    const studies = await this.dataSource.query<Array<{ id: string; title: string; topics: string[]; language: string; country: string; year: number | null; author_id: string | null }>>(
      `SELECT id, title, topics, language, country, year, author_id FROM case_study
        WHERE status = 'published' AND topics && $2::text[]
          AND (visibility = 'everyone' OR (visibility = 'alliance' AND alliance_id = $1))`,
      [need.allianceId, need.topics],
    );

    const candidates: PeerForMatching[] = peers.map((p) => ({
      personId: p.id,
      country: p.country,
      countryName: countryName(p.country),
      expertiseTopics: p.expertise_topics,
      languages: p.languages,
      timeZone: p.timezone,
      availability: p.availability,
      caseStudies: studies.filter((s) => s.author_id === p.id || (p.country && s.country === p.country)).map((s) => ({ title: s.title, topics: s.topics, byPeer: s.author_id === p.id })),
      feedback: { average: p.feedback_average, answers: p.feedback_answers },
    }));
    const byId = new Map(peers.map((p) => [p.id, p]));
    const rankedPeers = rank(candidates, (c) => scorePeer(forMatching, c, at), (c) => byId.get(c.personId)!.name).slice(0, TOP);
    const rankedStudies = rank(
      studies.map((s) => ({ ...s, countryName: countryName(s.country) })),
      (s) => scoreCaseStudy(forMatching, s),
      (s) => s.title,
    ).slice(0, TOP);

    return {
      peers: rankedPeers.map((c) => {
        const row = byId.get(c.personId)!;
        return { personId: row.id, name: row.name, country: row.country as CountryCode | null, organisation: row.organisation, position: row.position, timeZone: row.timezone, score: c.score, reasons: c.reasons };
      }),
      caseStudies: rankedStudies.map((s) => ({ id: s.id, title: s.title, country: s.country as CountryCode, language: s.language, score: s.score, reasons: s.reasons })),
    };
  }
}
