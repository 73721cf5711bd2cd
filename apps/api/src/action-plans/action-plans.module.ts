import { Module } from '@nestjs/common';
import { MatchesModule } from '../matches/matches.module';
import { ActionPlansController } from './action-plans.controller';
import { ActionPlansService } from './action-plans.service';

@Module({ imports: [MatchesModule], controllers: [ActionPlansController], providers: [ActionPlansService] })
export class ActionPlansModule {}
