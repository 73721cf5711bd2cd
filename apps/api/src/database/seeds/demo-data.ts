import type { AllianceRole, Availability, CountryCode, LanguageCode, LearningFormat, OrganisationKind, PlatformRole, TopicSlug } from '@peerhub/contracts';

/** Demo data: the two alliances of the Astana Civil Service Hub, and fictional people (never real officials). */

export const DEMO_PASSWORD = 'peerhub-demo';

export const DEMO_ORGANISATIONS: Array<{ key: string; name: string; kind: OrganisationKind; country: CountryCode | null }> = [
  { key: 'hub', name: 'Astana Civil Service Hub', kind: 'hub', country: 'KZ' },
  { key: 'oecd', name: 'OECD', kind: 'international-organisation', country: null },
  { key: 'uz-academy', name: 'Academy of Public Administration under the President of the Republic of Uzbekistan', kind: 'academy', country: 'UZ' },
  { key: 'az-asan', name: 'State Agency for Public Service and Social Innovations (ASAN Service)', kind: 'agency', country: 'AZ' },
  { key: 'ge-psh', name: 'Public Service Development Agency', kind: 'agency', country: 'GE' },
  { key: 'kz-digital', name: 'Ministry of Digital Development, Innovations and Aerospace Industry', kind: 'ministry', country: 'KZ' },
  { key: 'ee-ria', name: 'Information System Authority', kind: 'agency', country: 'EE' },
  { key: 'am-hightech', name: 'Ministry of High-Tech Industry', kind: 'ministry', country: 'AM' },
  { key: 'kg-digital', name: 'Ministry of Digital Development', kind: 'ministry', country: 'KG' },
  { key: 'kz-research', name: 'Center for Public Administration Research', kind: 'research-centre', country: 'KZ' },
];

export const DEMO_ALLIANCES: Array<{
  key: string;
  name: string;
  theme: string;
  description: string;
  launchYear: number;
  countries: CountryCode[];
  organisations: string[];
  topics: TopicSlug[];
}> = [
  {
    key: 'psd',
    name: 'P2P Learning Alliance on Public Service Delivery',
    theme: 'Public service delivery',
    description:
      'Launched in 2016 by Azerbaijan, Georgia and Kazakhstan to trade experience on one-stop shops, integrated service centres and the people who run them.',
    launchYear: 2016,
    countries: ['AZ', 'GE', 'KZ'],
    organisations: ['hub', 'az-asan', 'ge-psh', 'kz-digital'],
    topics: ['public-service-delivery', 'integrated-services', 'civil-service-capacity'],
  },
  {
    key: 'egov',
    name: 'P2P Learning Alliance on e-Government Development',
    theme: 'e-Government development',
    description:
      'Launched in 2018 with Armenia, Azerbaijan, Estonia, Georgia, Kazakhstan, Kyrgyzstan, Uzbekistan and the OECD: integrated services, open data and electronic public participation, through workshops such as the one in Tashkent in May 2019.',
    launchYear: 2018,
    countries: ['AM', 'AZ', 'EE', 'GE', 'KZ', 'KG', 'UZ'],
    organisations: ['hub', 'oecd', 'uz-academy', 'az-asan', 'ge-psh', 'kz-digital', 'ee-ria', 'am-hightech', 'kg-digital'],
    topics: ['integrated-services', 'open-data', 'e-participation', 'digital-economy', 'civil-service-capacity'],
  },
];

export interface DemoPerson {
  email: string;
  name: string;
  platformRole?: PlatformRole;
  country: CountryCode;
  organisation: string;
  position: string;
  languages: LanguageCode[];
  timezone: string;
  topics: TopicSlug[];
  bio: string;
  memberships: Partial<Record<'psd' | 'egov', AllianceRole>>;
  /** For new matches; available when left out. */
  availability?: Availability;
}

const d = (local: string) => `${local}@demo.peerhub.test`;

export const DEMO_PEOPLE: DemoPerson[] = [
  { email: d('admin'), name: 'Aruzhan Bekova', platformRole: 'admin', country: 'KZ', organisation: 'hub', position: 'Platform administrator', languages: ['kk', 'ru', 'en'], timezone: 'Asia/Almaty', topics: [], bio: 'Runs Peerhub for the hub.', memberships: {} },
  { email: d('coordinator'), name: 'Daniyar Seitkali', country: 'KZ', organisation: 'hub', position: 'Alliance coordinator', languages: ['kk', 'ru', 'en'], timezone: 'Asia/Almaty', topics: ['civil-service-capacity', 'integrated-services'], bio: 'Coordinates both alliances at the hub: membership, matches and workshops.', memberships: { psd: 'coordinator', egov: 'coordinator' }, availability: 'limited' },
  { email: d('expert'), name: 'Kadri Tamm', country: 'EE', organisation: 'ee-ria', position: 'Head of e-services architecture', languages: ['et', 'en', 'ru'], timezone: 'Europe/Tallinn', topics: ['integrated-services', 'open-data'], bio: 'Built the once-only data exchange behind Estonian e-services.', memberships: { egov: 'expert' } },
  { email: d('member'), name: 'Dilnoza Rakhimova', country: 'UZ', organisation: 'uz-academy', position: 'Senior lecturer, digital government', languages: ['uz', 'ru', 'en'], timezone: 'Asia/Tashkent', topics: ['e-participation', 'open-data'], bio: 'Trains civil servants in digital public services.', memberships: { egov: 'member' } },
  { email: d('leyla.mammadova'), name: 'Leyla Mammadova', country: 'AZ', organisation: 'az-asan', position: 'Director of service design', languages: ['az', 'ru', 'en'], timezone: 'Asia/Baku', topics: ['integrated-services', 'public-service-delivery'], bio: 'Opened one-stop service centres in the regions.', memberships: { psd: 'expert', egov: 'expert' }, availability: 'limited' },
  { email: d('rashad.aliyev'), name: 'Rashad Aliyev', country: 'AZ', organisation: 'az-asan', position: 'Service centre manager', languages: ['az', 'ru'], timezone: 'Asia/Baku', topics: ['public-service-delivery'], bio: '', memberships: { psd: 'member' } },
  { email: d('nino.beridze'), name: 'Nino Beridze', country: 'GE', organisation: 'ge-psh', position: 'Head of quality management', languages: ['ka', 'en', 'ru'], timezone: 'Asia/Tbilisi', topics: ['public-service-delivery', 'civil-service-capacity'], bio: 'Measures service quality across public service halls.', memberships: { psd: 'expert', egov: 'expert' } },
  { email: d('giorgi.kapanadze'), name: 'Giorgi Kapanadze', country: 'GE', organisation: 'ge-psh', position: 'Policy analyst', languages: ['ka', 'en'], timezone: 'Asia/Tbilisi', topics: ['e-participation'], bio: '', memberships: { psd: 'member', egov: 'member' } },
  { email: d('aigerim.sadykova'), name: 'Aigerim Sadykova', country: 'KZ', organisation: 'kz-digital', position: 'Chief specialist, public services', languages: ['kk', 'ru'], timezone: 'Asia/Almaty', topics: ['public-service-delivery'], bio: '', memberships: { psd: 'member' } },
  { email: d('yerlan.omarov'), name: 'Yerlan Omarov', country: 'KZ', organisation: 'kz-digital', position: 'Open data programme lead', languages: ['kk', 'ru', 'en'], timezone: 'Asia/Almaty', topics: ['open-data', 'digital-economy'], bio: 'Runs the national open data portal.', memberships: { egov: 'expert' } },
  { email: d('anahit.petrosyan'), name: 'Anahit Petrosyan', country: 'AM', organisation: 'am-hightech', position: 'Advisor on e-governance', languages: ['hy', 'ru', 'en'], timezone: 'Asia/Yerevan', topics: ['e-participation', 'digital-economy'], bio: 'Led the e-draft public consultation platform.', memberships: { egov: 'expert' }, availability: 'limited' },
  { email: d('tigran.hakobyan'), name: 'Tigran Hakobyan', country: 'AM', organisation: 'am-hightech', position: 'Specialist, digital services', languages: ['hy', 'ru'], timezone: 'Asia/Yerevan', topics: ['integrated-services'], bio: '', memberships: { egov: 'member' } },
  { email: d('aibek.toktogulov'), name: 'Aibek Toktogulov', country: 'KG', organisation: 'kg-digital', position: 'Head of unit, e-government', languages: ['ky', 'ru'], timezone: 'Asia/Bishkek', topics: ['integrated-services', 'open-data'], bio: '', memberships: { egov: 'member' }, availability: 'limited' },
  { email: d('cholpon.asanova'), name: 'Cholpon Asanova', country: 'KG', organisation: 'kg-digital', position: 'Data governance expert', languages: ['ky', 'ru', 'en'], timezone: 'Asia/Bishkek', topics: ['open-data'], bio: '', memberships: { egov: 'expert' } },
  { email: d('jasur.karimov'), name: 'Jasur Karimov', country: 'UZ', organisation: 'uz-academy', position: 'Vice-rector for research', languages: ['uz', 'ru', 'en'], timezone: 'Asia/Tashkent', topics: ['civil-service-capacity', 'e-participation'], bio: 'Co-organised the Tashkent workshop of May 2019.', memberships: { egov: 'expert' }, availability: 'limited' },
  { email: d('mart.kask'), name: 'Mart Kask', country: 'EE', organisation: 'ee-ria', position: 'Product owner, e-participation', languages: ['et', 'en'], timezone: 'Europe/Tallinn', topics: ['e-participation'], bio: '', memberships: { egov: 'member' } },
  { email: d('claire.dubois'), name: 'Claire Dubois', country: 'FR', organisation: 'oecd', position: 'Policy analyst, digital government', languages: ['fr', 'en'], timezone: 'Europe/Paris', topics: ['open-data', 'digital-economy'], bio: 'Works on the OECD digital government reviews.', memberships: { egov: 'expert' }, availability: 'unavailable' },
];

export interface DemoGroup {
  alliance: 'psd' | 'egov';
  name: string;
  topics: TopicSlug[];
  purpose: string;
  visibility: 'open' | 'by-request' | 'invite-only';
  memberLimit?: number;
  leads: string[];
  members: string[];
  /** People who asked to join and wait for a decision. */
  requests?: string[];
}

export const DEMO_GROUPS: DemoGroup[] = [
  {
    alliance: 'egov',
    name: 'One-stop shops and integrated service centres',
    topics: ['integrated-services', 'public-service-delivery'],
    purpose: 'Compare how our countries bring many public services under one roof, online and in service halls: design, staffing, measuring quality.',
    visibility: 'open',
    leads: [d('leyla.mammadova')],
    members: [d('nino.beridze'), d('tigran.hakobyan'), d('aibek.toktogulov'), d('expert')],
  },
  {
    alliance: 'egov',
    name: 'Open data portals',
    topics: ['open-data'],
    purpose: 'Publishing government data that people and businesses actually use: licences, quality, demand-driven release.',
    visibility: 'by-request',
    memberLimit: 25,
    leads: [d('yerlan.omarov')],
    members: [d('cholpon.asanova'), d('claire.dubois'), d('expert')],
    requests: [d('tigran.hakobyan')],
  },
  {
    alliance: 'egov',
    name: 'E-participation practitioners',
    topics: ['e-participation'],
    purpose: 'Running public consultations online and showing citizens what changed because of them.',
    visibility: 'invite-only',
    leads: [d('anahit.petrosyan')],
    members: [d('mart.kask'), d('jasur.karimov')],
  },
  {
    alliance: 'psd',
    name: 'Service quality measurement',
    topics: ['public-service-delivery', 'civil-service-capacity'],
    purpose: 'Mystery shopping, satisfaction surveys and waiting times: what each of us measures and what we do with it.',
    visibility: 'open',
    leads: [d('nino.beridze')],
    members: [d('rashad.aliyev'), d('aigerim.sadykova')],
  },
];

/** People outside an alliance who asked to join it. */
export const DEMO_ALLIANCE_REQUESTS: Array<{ alliance: 'psd' | 'egov'; email: string; message: string }> = [
  { alliance: 'psd', email: d('mart.kask'), message: 'Estonia would like to learn from your service halls.' },
];

/** "YYYY-MM", `offset` months from now: the demo's time frames stay ahead of whoever starts it. */
export function demoMonth(offset: number, today = new Date()): string {
  const d = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + offset, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

export interface DemoLearningNeed {
  alliance: 'psd' | 'egov';
  author: string;
  title: string;
  challenge: string;
  topics: TopicSlug[];
  outcomes: string;
  addedValue: string;
  formats: LearningFormat[];
  languages: LanguageCode[];
  /** Months from the seeding day. */
  from: number;
  to: number;
  status: 'draft' | 'open';
  /** A proposal from the coordinator that nobody has answered yet. */
  proposal?: { peers: string[]; message: string; expiresInDays: number };
}

export const DEMO_LEARNING_NEEDS: DemoLearningNeed[] = [
  {
    alliance: 'egov',
    author: d('member'),
    title: 'Open budget data that citizens actually use',
    challenge:
      'Our ministries publish budget tables as PDF files that nobody reads. We are asked to launch an open budget portal next year, but we do not know which data people want, how to keep it up to date, or how to get agencies to publish on time.',
    topics: ['open-data', 'e-participation'],
    outcomes: 'Choose the first datasets with their users\nSet up a publication routine with the agencies\nMeasure whether the data is used',
    addedValue: 'Talking to people who ran a portal for years, including what went wrong, rather than reading another guide.',
    formats: ['study-visit', 'paired-calls'],
    languages: ['ru', 'en'],
    from: 2,
    to: 7,
    status: 'open',
    proposal: {
      peers: [d('expert'), d('yerlan.omarov')],
      message: 'Kadri built the data exchange behind Estonian e-services and Yerlan runs the Kazakh open data portal: between them they cover the technical side and the demand side.',
      expiresInDays: 21,
    },
  },
  {
    alliance: 'egov',
    author: d('member'),
    title: 'Online consultations that change decisions',
    challenge: 'Draft laws go online for comment, but few people take part and they never hear what happened to their comments. We want consultations that people trust.',
    topics: ['e-participation'],
    outcomes: 'Design a feedback report for every consultation\nTrain ministry staff to moderate',
    addedValue: '',
    formats: ['workshop', 'webinar'],
    languages: ['uz', 'ru'],
    from: 3,
    to: 9,
    status: 'draft',
  },
  {
    alliance: 'egov',
    author: d('tigran.hakobyan'),
    title: 'Integrated service centres outside the capital',
    challenge:
      'Armenia has one service hall in Yerevan. We plan five regional centres in two years and need to decide which services to bring under one roof first, and how to staff the centres.',
    topics: ['integrated-services', 'public-service-delivery'],
    outcomes: 'Pick the first services for the regional centres\nPlan staffing and training',
    addedValue: 'Seeing a regional centre at work, not only the flagship one.',
    formats: ['study-visit'],
    languages: ['ru', 'en'],
    from: 1,
    to: 6,
    status: 'open',
  },
];

/** Published case studies by the demo experts: what their countries did, for the library and the matching. */
export const DEMO_CASE_STUDIES: Array<{
  author: string;
  title: string;
  summary: string;
  body: string;
  results: string;
  lessons: string;
  country: CountryCode;
  organisation: string;
  topics: string[];
  stage: 'pilot' | 'scaling' | 'implemented' | 'evaluated';
  language: 'en' | 'ru';
  year: number;
}> = [
  {
    author: d('leyla.mammadova'),
    title: 'ASAN service halls: one roof for the services of many agencies',
    summary: 'How Azerbaijan brought the front offices of a dozen agencies into service halls run by one state agency, with one queue and one standard.',
    body: '## What we did\n\nThe agencies keep their mandates and send their own staff; the hall provides the building, the queue, the standards and the training.\n\n## How the work was split\n\n- A service catalogue agreed with each agency\n- Shared queue and feedback system\n- Mobile halls for the regions',
    results: 'Waiting times fell to minutes; satisfaction surveys above 95% in the first years.',
    lessons: 'Agree the catalogue and the standards before the first hall opens; train staff of every agency together.',
    country: 'AZ',
    organisation: 'az-asan',
    topics: ['integrated-services', 'public-service-delivery'],
    stage: 'scaling',
    language: 'en',
    year: 2013,
  },
  {
    author: d('expert'),
    title: 'Once only: the data exchange layer behind Estonian e-services',
    summary: 'Agencies ask each other, not the citizen, for data they already hold: the exchange layer and the law that made it stick.',
    body: '## The rule\n\nA public body may not ask a person for data another body already holds.\n\n## The exchange layer\n\nEvery agency connects once; queries are signed and logged, and people can see who looked at their data.',
    results: 'Most public services are online; forms ask for far fewer fields.',
    lessons: 'The law came first; the technology followed. Logging every query built the trust.',
    country: 'EE',
    organisation: 'ee-ria',
    topics: ['integrated-services', 'open-data'],
    stage: 'evaluated',
    language: 'en',
    year: 2007,
  },
  {
    author: d('anahit.petrosyan'),
    title: 'e-Draft: public consultation on every draft law',
    summary: 'Armenia publishes draft laws for comment on one platform, and ministries answer each comment in a summary table.',
    body: '## How it works\n\nEvery draft normative act is published for at least 15 days. Ministries publish a table of comments with their answers.',
    results: 'Thousands of drafts consulted; comments answered in public.',
    lessons: 'Answering each comment is what brings people back.',
    country: 'AM',
    organisation: 'am-hightech',
    topics: ['e-participation'],
    stage: 'implemented',
    language: 'en',
    year: 2017,
  },
  {
    author: d('yerlan.omarov'),
    title: 'Портал открытых данных: от наборов к услугам',
    summary: 'Как Казахстан перешёл от публикации наборов данных к их использованию: бюджет, реестры и обратная связь пользователей.',
    body: '## Что сделали\n\nМинистерства публикуют наборы данных по единому стандарту; пользователи запрашивают новые наборы, и портал отслеживает ответы.',
    results: 'Сотни наборов данных; рост числа приложений на основе открытых данных.',
    lessons: 'Публиковать меньше, но регулярно обновлять; спрашивать пользователей, что им нужно.',
    country: 'KZ',
    organisation: 'kz-digital',
    topics: ['open-data', 'digital-economy'],
    stage: 'scaling',
    language: 'ru',
    year: 2016,
  },
];
