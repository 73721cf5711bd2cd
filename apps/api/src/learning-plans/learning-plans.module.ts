import { Module } from '@nestjs/common';
import { MatchesModule } from '../matches/matches.module';
import { LearningPlansController } from './learning-plans.controller';
import { LearningPlansService } from './learning-plans.service';

@Module({ imports: [MatchesModule], controllers: [LearningPlansController], providers: [LearningPlansService] })
export class LearningPlansModule {}
