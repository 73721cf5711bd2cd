import { Module } from '@nestjs/common';
import { LearningNeedAccess } from './learning-need-access';
import { LearningNeedsController } from './learning-needs.controller';
import { LearningNeedsService } from './learning-needs.service';
import { MatchSuggestionsService } from './match-suggestions.service';

@Module({ controllers: [LearningNeedsController], providers: [LearningNeedAccess, LearningNeedsService, MatchSuggestionsService], exports: [LearningNeedAccess] })
export class LearningNeedsModule {}
