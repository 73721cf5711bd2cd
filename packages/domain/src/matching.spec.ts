import { rank, scoreCaseStudy, scorePeer, type NeedForMatching, type PeerForMatching } from './matching';

const winter = new Date('2027-01-15T09:00:00Z');
const summer = new Date('2027-07-15T09:00:00Z');

// Dilnoza in Tashkent wants to learn how to run integrated service centres, in Russian.
const need: NeedForMatching = { authorId: 'dilnoza', country: 'UZ', topics: ['integrated-services', 'public-service-delivery'], languages: ['ru', 'en'], timeZone: 'Asia/Tashkent' };

function peer(overrides: Partial<PeerForMatching> & { personId: string }): PeerForMatching {
  return {
    country: 'AZ',
    countryName: 'Azerbaijan',
    expertiseTopics: ['integrated-services'],
    languages: ['az', 'ru'],
    timeZone: 'Asia/Baku',
    availability: 'available',
    caseStudies: [],
    feedback: { average: null, answers: 0 },
    ...overrides,
  };
}

const order = (peers: PeerForMatching[], at = winter) => rank(peers, (p) => scorePeer(need, p, at), (p) => p.personId).map((p) => p.personId);

describe('scorePeer', () => {
  it('explains every point it gives, in words a coordinator can check', () => {
    const leyla = peer({ personId: 'leyla', caseStudies: [{ title: 'ASAN service halls', topics: ['integrated-services'], byPeer: true }] });
    const scored = scorePeer(need, leyla, winter);
    expect(scored?.reasons.map((r) => r.text)).toEqual([
      'works on integrated services',
      'wrote the case study “ASAN service halls”',
      'speaks Russian',
      '1 h apart',
      'available for new matches',
    ]);
    expect(scored?.score).toBe(scored?.reasons.reduce((s, r) => s + r.points, 0));
  });

  it('never suggests the author, someone unavailable, or someone with neither the topic nor the experience', () => {
    expect(scorePeer(need, peer({ personId: 'dilnoza' }), winter)).toBeNull();
    expect(scorePeer(need, peer({ personId: 'busy', availability: 'unavailable' }), winter)).toBeNull();
    expect(scorePeer(need, peer({ personId: 'other', expertiseTopics: ['open-data'] }), winter)).toBeNull();
  });

  it('ranks a peer who did the reform above one who only works on the topic', () => {
    const did = peer({ personId: 'b-did', caseStudies: [{ title: 'ASAN', topics: ['integrated-services'], byPeer: true }] });
    const works = peer({ personId: 'a-works' });
    expect(order([works, did])).toEqual(['b-did', 'a-works']);
    // Without the case study the tie falls back to the stable key.
    expect(order([did, works].map((p) => ({ ...p, caseStudies: [] })))).toEqual(['a-works', 'b-did']);
  });

  it('changes the order when only the shared language changes', () => {
    const kadri = peer({ personId: 'kadri', country: 'EE', countryName: 'Estonia', languages: ['et', 'en'], timeZone: 'Europe/Tallinn' });
    const aibek = peer({ personId: 'aibek', country: 'KG', countryName: 'Kyrgyzstan', languages: ['ky'], timeZone: 'Asia/Bishkek' });
    expect(order([aibek, kadri])).toEqual(['kadri', 'aibek']);
    // Without English Kadri drops below Aibek (who is nearer); with Russian Aibek goes first.
    expect(order([{ ...kadri, languages: ['et'] }, aibek])).toEqual(['aibek', 'kadri']);
    expect(order([kadri, { ...aibek, languages: ['ky', 'ru'] }])).toEqual(['aibek', 'kadri']);
  });

  it('measures the time-zone distance at the given instant (Tallinn moves its clocks, Tashkent does not)', () => {
    const kadri = peer({ personId: 'kadri', languages: ['ru'], timeZone: 'Europe/Tallinn' });
    const inWinter = scorePeer(need, kadri, winter)!.reasons.find((r) => r.factor === 'time-zone');
    const inSummer = scorePeer(need, kadri, summer)!.reasons.find((r) => r.factor === 'time-zone');
    expect(inWinter?.text).toBe('3 h apart');
    expect(inSummer?.text).toBe('2 h apart');
    expect(inSummer!.points).toBeGreaterThan(inWinter!.points);
  });

  it('lets feedback on hosted exchanges move a peer up or down', () => {
    const a = peer({ personId: 'a', feedback: { average: 2, answers: 6 } });
    const b = peer({ personId: 'b' });
    const c = peer({ personId: 'c', feedback: { average: 4.8, answers: 10 } });
    expect(order([a, b, c])).toEqual(['c', 'b', 'a']);
    expect(scorePeer(need, a, winter)!.reasons.at(-1)?.text).toBe('exchanges they hosted were rated 2.0/5 (6 answers)');
  });

  it('prefers a peer with time over a busy one, and one from another country', () => {
    expect(order([peer({ personId: 'a', availability: 'limited' }), peer({ personId: 'b' })])).toEqual(['b', 'a']);
    expect(order([peer({ personId: 'a', country: 'UZ', countryName: 'Uzbekistan', timeZone: 'Asia/Tashkent' }), peer({ personId: 'b', timeZone: 'Asia/Tashkent' })])).toEqual(['b', 'a']);
  });

  it('counts more shared topics higher', () => {
    const both = peer({ personId: 'z-both', expertiseTopics: ['integrated-services', 'public-service-delivery'] });
    expect(order([peer({ personId: 'a-one' }), both])).toEqual(['z-both', 'a-one']);
    expect(scorePeer(need, both, winter)!.reasons[0]!.text).toBe('works on integrated services and public service delivery');
  });
});

describe('scoreCaseStudy', () => {
  const study = { id: 's1', title: 'ASAN service halls', topics: ['integrated-services'], language: 'ru', country: 'AZ', countryName: 'Azerbaijan', year: 2019 };

  it('needs a shared topic, and favours what the learner can read', () => {
    expect(scoreCaseStudy(need, { ...study, topics: ['open-data'] })).toBeNull();
    const inRussian = scoreCaseStudy(need, study)!;
    const inEstonian = scoreCaseStudy(need, { ...study, language: 'et' })!;
    expect(inRussian.reasons.map((r) => r.text)).toEqual(['about integrated services', 'written in Russian', 'what Azerbaijan did']);
    expect(inRussian.score).toBeGreaterThan(inEstonian.score);
  });
});
