import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CountryCode, MyAuthoriser, SetAuthoriserRequest } from '@peerhub/contracts';
import type { Actor } from '@peerhub/domain';
import { DataSource } from 'typeorm';
import { validationFailed } from '../common/app-error';
import { PersonEntity } from '../people/person.entity';

/** Each person names their authoriser: the manager at home who approves their matches and reads their reports. */
@Injectable()
export class AuthorisersService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async mine(actor: Actor): Promise<MyAuthoriser> {
    const [row] = await this.dataSource.query<Array<{ id: string; name: string; country: string | null }>>(
      `SELECT a.id, a.name, a.country FROM person p JOIN person a ON a.id = p.authoriser_id WHERE p.id = $1`,
      [actor.personId],
    );
    return { authoriser: row ? { personId: row.id, name: row.name, country: row.country as CountryCode | null } : null };
  }

  /** The authoriser must be someone else who shares an active alliance with me (they need an account to approve). */
  async set(actor: Actor, { authoriserId }: SetAuthoriserRequest): Promise<MyAuthoriser> {
    if (authoriserId === actor.personId) throw validationFailed([{ path: 'authoriserId', message: 'You cannot authorise yourself: name your manager' }]);
    if (authoriserId) {
      const [shared] = await this.dataSource.query<Array<{ ok: boolean }>>(
        `SELECT true AS ok FROM alliance_membership mine JOIN alliance_membership theirs ON theirs.alliance_id = mine.alliance_id
          WHERE mine.person_id = $1 AND theirs.person_id = $2 AND mine.status = 'active' AND theirs.status = 'active' LIMIT 1`,
        [actor.personId, authoriserId],
      );
      if (!shared) throw validationFailed([{ path: 'authoriserId', message: 'Your authoriser must be on Peerhub in one of your alliances (ask a coordinator to invite them)' }]);
    }
    await this.dataSource.getRepository(PersonEntity).update({ id: actor.personId }, { authoriserId });
    return this.mine(actor);
  }
}
