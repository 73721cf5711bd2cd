import { hash } from '@node-rs/argon2';
import { DataSource } from 'typeorm';
import { AllianceCountryEntity } from '../../alliances/alliance-country.entity';
import { AllianceMembershipEntity } from '../../alliances/alliance-membership.entity';
import { AllianceOrganisationEntity } from '../../alliances/alliance-organisation.entity';
import { AllianceEntity } from '../../alliances/alliance.entity';
import { OrganisationEntity } from '../../alliances/organisation.entity';
import { PersonEntity } from '../../people/person.entity';
import { dataSourceOptions } from '../data-source';
import { GroupMembershipEntity } from '../../groups/group-membership.entity';
import { PeerGroupEntity } from '../../groups/peer-group.entity';
import { ConversationEntity } from '../../conversations/conversation.entity';
import { AllianceJoinRequestEntity } from '../../membership/alliance-join-request.entity';
import { CaseStudyVersionEntity } from '../../case-studies/case-study-version.entity';
import { contentOf } from '../../case-studies/case-study-versions.service';
import { CaseStudyEntity } from '../../case-studies/case-study.entity';
import { LearningNeedEntity } from '../../learning-needs/learning-need.entity';
import { MatchPartyEntity } from '../../matches/match-party.entity';
import { MatchProposalEntity } from '../../matches/match-proposal.entity';
import { DEMO_ALLIANCE_REQUESTS, DEMO_ALLIANCES, DEMO_CASE_STUDIES, DEMO_GROUPS, DEMO_LEARNING_NEEDS, DEMO_ORGANISATIONS, DEMO_PASSWORD, DEMO_PEOPLE, demoMonth } from './demo-data';

/** Seeds the demo data once: a second run finds the first alliance and does nothing. Returns whether it seeded. */
export async function seedDemo(url: string): Promise<boolean> {
  const dataSource = new DataSource(dataSourceOptions(url));
  await dataSource.initialize();
  try {
    return await dataSource.transaction(async (manager) => {
      // Serialises concurrent starts (several processes on one database).
      await manager.query('SELECT pg_advisory_xact_lock(4242001)');
      if (await manager.existsBy(AllianceEntity, { name: DEMO_ALLIANCES[0]!.name })) return false;

      const orgIds = new Map<string, string>();
      for (const o of DEMO_ORGANISATIONS) {
        const saved = await manager.save(manager.create(OrganisationEntity, { name: o.name, kind: o.kind, country: o.country }));
        orgIds.set(o.key, saved.id);
      }
      const allianceIds = new Map<string, string>();
      for (const a of DEMO_ALLIANCES) {
        const saved = await manager.save(
          manager.create(AllianceEntity, {
            name: a.name,
            theme: a.theme,
            description: a.description,
            launchYear: a.launchYear,
            secretariatId: orgIds.get('hub') ?? null,
            topics: a.topics,
          }),
        );
        allianceIds.set(a.key, saved.id);
        await manager.insert(AllianceCountryEntity, a.countries.map((country) => ({ allianceId: saved.id, country })));
        await manager.insert(AllianceOrganisationEntity, a.organisations.map((key) => ({ allianceId: saved.id, organisationId: orgIds.get(key)! })));
      }
      // One hash for every demo person: they share the published demo password.
      const passwordHash = await hash(DEMO_PASSWORD, { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 });
      const personIds = new Map<string, string>();
      for (const p of DEMO_PEOPLE) {
        const person = await manager.save(
          manager.create(PersonEntity, {
            email: p.email,
            name: p.name,
            passwordHash,
            platformRole: p.platformRole ?? 'user',
            country: p.country,
            organisationId: orgIds.get(p.organisation) ?? null,
            position: p.position,
            languages: p.languages,
            timezone: p.timezone,
            expertiseTopics: p.topics,
            availability: p.availability ?? 'available',
            bio: p.bio,
            avatarUrl: null,
          }),
        );
        personIds.set(p.email, person.id);
        for (const [allianceKey, role] of Object.entries(p.memberships)) {
          await manager.insert(AllianceMembershipEntity, { allianceId: allianceIds.get(allianceKey)!, personId: person.id, role, status: 'active' });
        }
      }
      const coordinatorId = personIds.get('coordinator@demo.peerhub.test') ?? null;
      for (const g of DEMO_GROUPS) {
        const group = await manager.save(
          manager.create(PeerGroupEntity, {
            allianceId: allianceIds.get(g.alliance)!,
            name: g.name,
            topics: g.topics,
            purpose: g.purpose,
            visibility: g.visibility,
            memberLimit: g.memberLimit ?? null,
            status: 'active',
            createdById: coordinatorId,
          }),
        );
        const rows = [
          ...g.leads.map((email) => ({ email, role: 'lead' as const, state: 'active' as const })),
          ...g.members.map((email) => ({ email, role: 'member' as const, state: 'active' as const })),
          ...(g.requests ?? []).map((email) => ({ email, role: 'member' as const, state: 'requested' as const })),
        ];
        await manager.insert(GroupMembershipEntity, rows.map((r) => ({ groupId: group.id, personId: personIds.get(r.email)!, role: r.role, state: r.state, message: '' })));
        await manager.insert(ConversationEntity, { kind: 'group', groupId: group.id, title: group.name, lastSeq: 0 });
      }
      for (const r of DEMO_ALLIANCE_REQUESTS) {
        await manager.insert(AllianceJoinRequestEntity, { allianceId: allianceIds.get(r.alliance)!, personId: personIds.get(r.email)!, message: r.message, state: 'pending' });
      }
      for (const n of DEMO_LEARNING_NEEDS) {
        const authorId = personIds.get(n.author)!;
        const need = await manager.save(
          manager.create(LearningNeedEntity, {
            allianceId: allianceIds.get(n.alliance)!,
            authorId,
            title: n.title,
            challenge: n.challenge,
            topics: n.topics,
            outcomes: n.outcomes,
            addedValue: n.addedValue,
            formats: n.formats,
            languages: n.languages,
            timeFrom: demoMonth(n.from),
            timeTo: demoMonth(n.to),
            organisation: '',
            status: n.status,
          }),
        );
        if (!n.proposal) continue;
        const proposal = await manager.save(
          manager.create(MatchProposalEntity, {
            needId: need.id,
            proposedById: coordinatorId,
            message: n.proposal.message,
            status: 'proposed',
            expiresAt: new Date(Date.now() + n.proposal.expiresInDays * 86_400_000),
            createGroup: true,
            createExchange: true,
            groupId: null,
            exchangeId: null,
            decidedAt: null,
          }),
        );
        await manager.insert(MatchPartyEntity, [
          { proposalId: proposal.id, personId: authorId, side: 'learner' as const },
          ...n.proposal.peers.map((email) => ({ proposalId: proposal.id, personId: personIds.get(email)!, side: 'peer' as const })),
        ]);
      }
      for (const c of DEMO_CASE_STUDIES) {
        const { author, organisation, ...content } = c;
        const study = await manager.save(
          manager.create(CaseStudyEntity, {
            ...content,
            authorId: personIds.get(author)!,
            organisationId: orgIds.get(organisation) ?? null,
            contactIds: [personIds.get(author)!],
            status: 'published',
            visibility: 'everyone',
            allianceId: null,
            groupId: null,
            version: 1,
            publishedAt: new Date(),
          }),
        );
        await manager.insert(CaseStudyVersionEntity, { caseStudyId: study.id, version: 1, editorId: study.authorId, content: contentOf(study) });
      }
      // Spread the memberships over the past year so the growth chart has a history to show.
      await manager.query(
        `UPDATE alliance_membership m SET created_at = now() - make_interval(days => (abs(hashtext(m.person_id::text || m.alliance_id::text)) % 330) + 5)`,
      );
      return true;
    });
  } finally {
    await dataSource.destroy();
  }
}
