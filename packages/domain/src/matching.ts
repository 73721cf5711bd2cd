import { TOPICS, type Availability, type LanguageCode } from '@peerhub/contracts';
import { hoursBetweenZones } from './time-zones';

/**
 * Explainable matching: who (and which case study) can help with a learning need, and why.
 * Every point a suggestion gets comes with the sentence that justifies it, so a coordinator can
 * check the ranking instead of trusting it.
 */

export interface NeedForMatching {
  authorId: string;
  /** The learner's country: peers from another country are what P2P learning is for. */
  country: string | null;
  topics: readonly string[];
  languages: readonly string[];
  timeZone: string;
}

export interface PeerForMatching {
  personId: string;
  country: string | null;
  countryName: string | null;
  expertiseTopics: readonly string[];
  languages: readonly string[];
  timeZone: string;
  availability: Availability;
  /** Published case studies the peer wrote, or that tell what their country did. */
  caseStudies: ReadonlyArray<{ title: string; topics: readonly string[]; byPeer: boolean }>;
  /** Average of the feedback (1–5) on exchanges the peer organised, and how many answers. */
  feedback: { average: number | null; answers: number };
}

export interface CaseStudyForMatching {
  id: string;
  title: string;
  topics: readonly string[];
  language: string;
  country: string | null;
  countryName: string | null;
  year: number | null;
}

export interface Reason {
  factor: 'topics' | 'experience' | 'languages' | 'time-zone' | 'availability' | 'feedback' | 'country';
  points: number;
  text: string;
}

export interface Scored {
  score: number;
  reasons: Reason[];
}

/** The weights, in points out of 100; kept together so their balance is read in one place. */
export const MATCH_WEIGHTS = {
  topics: 35,
  experienceByPeer: 25,
  experienceByCountry: 12,
  languages: 15,
  timeZone: 10,
  availability: 10,
  feedback: 5,
} as const;

const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English', ru: 'Russian', hy: 'Armenian', az: 'Azerbaijani', et: 'Estonian', ka: 'Georgian',
  kk: 'Kazakh', ky: 'Kyrgyz', uz: 'Uzbek', fr: 'French', de: 'German', tr: 'Turkish',
} satisfies Record<LanguageCode, string>;

const topicName = (slug: string) => TOPICS.find((t) => t.slug === slug)?.name.toLowerCase() ?? slug;
const list = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);
const round = (n: number) => Math.round(n * 10) / 10;

/** A peer for a need: null when they cannot be suggested at all (the author, or not available). */
export function scorePeer(need: NeedForMatching, peer: PeerForMatching, at: Date): Scored | null {
  if (peer.personId === need.authorId || peer.availability === 'unavailable') return null;
  const reasons: Reason[] = [];

  const shared = need.topics.filter((t) => peer.expertiseTopics.includes(t));
  if (need.topics.length > 0 && shared.length > 0) {
    reasons.push({ factor: 'topics', points: (MATCH_WEIGHTS.topics * shared.length) / need.topics.length, text: `works on ${list(shared.map(topicName))}` });
  }

  const relevant = peer.caseStudies.filter((c) => c.topics.some((t) => need.topics.includes(t)));
  const own = relevant.find((c) => c.byPeer);
  if (own) {
    reasons.push({ factor: 'experience', points: MATCH_WEIGHTS.experienceByPeer, text: `wrote the case study “${own.title}”` });
  } else if (relevant.length > 0) {
    const where = peer.countryName ? ` in ${peer.countryName}` : '';
    reasons.push({ factor: 'experience', points: MATCH_WEIGHTS.experienceByCountry, text: `their country's reform${where} is a published case study (“${relevant[0]!.title}”)` });
  }

  const common = need.languages.filter((l) => peer.languages.includes(l));
  if (common.length > 0) {
    reasons.push({ factor: 'languages', points: MATCH_WEIGHTS.languages, text: `speaks ${list(common.map((l) => LANGUAGE_NAMES[l] ?? l))}` });
  }

  const apart = Math.abs(hoursBetweenZones(need.timeZone, peer.timeZone, at));
  // Four hours (Tallinn to Bishkek) is the alliance's widest spread: still a shared working day.
  const zonePoints = Math.max(0, MATCH_WEIGHTS.timeZone * (1 - apart / 8));
  if (zonePoints > 0) reasons.push({ factor: 'time-zone', points: zonePoints, text: apart === 0 ? 'same time zone' : `${formatHours(apart)} apart` });

  if (peer.availability === 'available') reasons.push({ factor: 'availability', points: MATCH_WEIGHTS.availability, text: 'available for new matches' });
  else reasons.push({ factor: 'availability', points: MATCH_WEIGHTS.availability * 0.3, text: 'has limited time' });

  if (peer.feedback.average !== null && peer.feedback.answers > 0) {
    // From −5 (rated 1) to +5 (rated 5): poor feedback lowers the rank, it does not only fail to raise it.
    const points = ((peer.feedback.average - 3) / 2) * MATCH_WEIGHTS.feedback;
    reasons.push({ factor: 'feedback', points, text: `exchanges they hosted were rated ${peer.feedback.average.toFixed(1)}/5 (${peer.feedback.answers} answers)` });
  }

  if (need.country && peer.country === need.country) reasons.push({ factor: 'country', points: -5, text: 'from the same country' });

  // Without a shared topic or reform experience the rest (languages, time zone) is no match.
  if (!reasons.some((r) => r.factor === 'topics' || r.factor === 'experience')) return null;
  return { score: round(reasons.reduce((sum, r) => sum + r.points, 0)), reasons: reasons.map((r) => ({ ...r, points: round(r.points) })) };
}

/** A case study for a need: its topics first, then whether the learner can read it. */
export function scoreCaseStudy(need: NeedForMatching, study: CaseStudyForMatching): Scored | null {
  const shared = need.topics.filter((t) => study.topics.includes(t));
  if (shared.length === 0) return null;
  const reasons: Reason[] = [
    { factor: 'topics', points: (MATCH_WEIGHTS.topics * shared.length) / need.topics.length, text: `about ${list(shared.map(topicName))}` },
  ];
  if (need.languages.includes(study.language)) reasons.push({ factor: 'languages', points: MATCH_WEIGHTS.languages, text: `written in ${LANGUAGE_NAMES[study.language] ?? study.language}` });
  if (study.countryName && study.country !== need.country) reasons.push({ factor: 'country', points: 5, text: `what ${study.countryName} did` });
  return { score: round(reasons.reduce((sum, r) => sum + r.points, 0)), reasons: reasons.map((r) => ({ ...r, points: round(r.points) })) };
}

/** Highest score first; ties by the given key so the order is stable. */
export function rank<T>(items: readonly T[], score: (item: T) => Scored | null, key: (item: T) => string): Array<T & Scored> {
  return items
    .flatMap((item) => {
      const scored = score(item);
      return scored ? [{ ...item, ...scored }] : [];
    })
    .sort((a, b) => b.score - a.score || key(a).localeCompare(key(b)));
}

function formatHours(hours: number): string {
  const whole = Number.isInteger(hours) ? String(hours) : hours.toFixed(1);
  return `${whole} h`;
}
