import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AllianceMembershipEntity } from '../alliances/alliance-membership.entity';
import { APP_CONFIG, type AppConfig } from '../config/config.schema';
import { PersonEntity } from '../people/person.entity';
import { AccessTokenService } from './access-token.service';
import { ActorLoader } from './actor-loader';
import { AuthSessionEntity } from './auth-session.entity';
import { resolveJwtSecret } from './jwt-secret';

/** Verifying who is calling: shared by the HTTP guard and the socket gateway. */
@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ secret: resolveJwtSecret(config) }),
    }),
    TypeOrmModule.forFeature([AuthSessionEntity, PersonEntity, AllianceMembershipEntity]),
  ],
  providers: [AccessTokenService, ActorLoader],
  exports: [AccessTokenService, ActorLoader],
})
export class AuthCoreModule {}
