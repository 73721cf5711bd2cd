import { Module } from '@nestjs/common';
import { ExchangesModule } from '../exchanges/exchanges.module';
import { GroupsModule } from '../groups/groups.module';
import { LearningNeedsModule } from '../learning-needs/learning-needs.module';
import { MatchAccess } from './match-access';
import { MatchProposalsService } from './match-proposals.service';
import { MatchWorkspaceService } from './match-workspace.service';
import { MatchesController } from './matches.controller';

@Module({
  imports: [LearningNeedsModule, GroupsModule, ExchangesModule],
  controllers: [MatchesController],
  providers: [MatchProposalsService, MatchAccess, MatchWorkspaceService],
  exports: [MatchProposalsService, MatchAccess, MatchWorkspaceService],
})
export class MatchesModule {}
