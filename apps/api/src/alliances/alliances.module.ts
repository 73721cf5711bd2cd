import { Module, forwardRef } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PeopleModule } from '../people/people.module';
import { AlliancesController } from './alliances.controller';
import { AlliancesRepository } from './alliances.repository';
import { AlliancesService } from './alliances.service';
import { OrganisationEntity } from './organisation.entity';
import { OrganisationsRepository } from './organisations.repository';

@Module({
  imports: [TypeOrmModule.forFeature([OrganisationEntity]), forwardRef(() => PeopleModule)],
  controllers: [AlliancesController],
  providers: [AlliancesRepository, AlliancesService, OrganisationsRepository],
  exports: [AlliancesRepository, OrganisationsRepository],
})
export class AlliancesModule {}
