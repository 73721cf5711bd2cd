import { Module } from '@nestjs/common';
import { LearningResultsController } from './learning-results.controller';
import { LearningResultsService } from './learning-results.service';

@Module({ controllers: [LearningResultsController], providers: [LearningResultsService] })
export class LearningResultsModule {}
