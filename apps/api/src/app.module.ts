import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AlliancesModule } from './alliances/alliances.module';
import { AuditModule } from './audit/audit.module';
import { ActionPlansModule } from './action-plans/action-plans.module';
import { AuthModule } from './auth/auth.module';
import { AuthorisersModule } from './authorisers/authorisers.module';
import { CaseStudiesModule } from './case-studies/case-studies.module';
import { GlobalExceptionFilter } from './common/global-exception.filter';
import { ConfigModule } from './config/config.module';
import { ConversationsModule } from './conversations/conversations.module';
import type { AppConfig } from './config/config.schema';
import { dataSourceOptions } from './database/data-source';
import { ExchangesModule } from './exchanges/exchanges.module';
import { GroupsModule } from './groups/groups.module';
import { HealthModule } from './health/health.module';
import { InvitationsModule } from './invitations/invitations.module';
import { JobsModule } from './jobs/jobs.module';
import { LearningNeedsModule } from './learning-needs/learning-needs.module';
import { LearningPlansModule } from './learning-plans/learning-plans.module';
import { LearningResultsModule } from './learning-results/learning-results.module';
import { MailModule } from './mail/mail.module';
import { MatchesModule } from './matches/matches.module';
import { MetricsModule } from './metrics/metrics.module';
import { MembershipModule } from './membership/membership.module';
import { NotificationsModule } from './notifications/notifications.module';
import { PeopleModule } from './people/people.module';
import { RealtimeModule } from './realtime/realtime.module';

/** The feature modules, in one list: the OpenAPI generator and the route-policy test walk it. */
export const FEATURE_MODULES = [
  AuthModule,
  PeopleModule,
  AlliancesModule,
  InvitationsModule,
  GroupsModule,
  ConversationsModule,
  ExchangesModule,
  CaseStudiesModule,
  LearningNeedsModule,
  MatchesModule,
  AuthorisersModule,
  LearningPlansModule,
  ActionPlansModule,
  LearningResultsModule,
  MembershipModule,
  NotificationsModule,
  AuditModule,
  MailModule,
  HealthModule,
  MetricsModule,
  RealtimeModule,
];

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl)),
        JobsModule.forRoot(databaseUrl),
        ...FEATURE_MODULES,
      ],
      providers: [
        { provide: APP_FILTER, useClass: GlobalExceptionFilter },
      ],
    };
  }
}
