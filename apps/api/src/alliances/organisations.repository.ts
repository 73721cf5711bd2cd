import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { CountryCode, Organisation, OrganisationKind } from '@peerhub/contracts';
import type { Repository } from 'typeorm';
import { OrganisationEntity } from './organisation.entity';

export function toOrganisation(o: OrganisationEntity): Organisation {
  return { id: o.id, name: o.name, kind: o.kind as OrganisationKind, country: o.country as CountryCode | null };
}

@Injectable()
export class OrganisationsRepository {
  constructor(@InjectRepository(OrganisationEntity) private readonly organisations: Repository<OrganisationEntity>) {}

  all(): Promise<OrganisationEntity[]> {
    return this.organisations.find({ order: { name: 'ASC' } });
  }

  exists(id: string): Promise<boolean> {
    return this.organisations.existsBy({ id });
  }
}
