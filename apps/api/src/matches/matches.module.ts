import { Module } from '@nestjs/common';
import { ExchangesModule } from '../exchanges/exchanges.module';
import { GroupsModule } from '../groups/groups.module';
import { LearningNeedsModule } from '../learning-needs/learning-needs.module';
import { MatchProposalsService } from './match-proposals.service';
import { MatchesController } from './matches.controller';

@Module({ imports: [LearningNeedsModule, GroupsModule, ExchangesModule], controllers: [MatchesController], providers: [MatchProposalsService] })
export class MatchesModule {}
