import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PeopleModule } from '../people/people.module';
import { AccessGuard } from './access.guard';
import { AuthCoreModule } from './auth-core.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { PasswordHasher } from './password-hasher';
import { SessionsService } from './sessions.service';
import { SignInResponder } from './sign-in-responder';
import { SignInThrottle } from './sign-in-throttle';

@Module({
  imports: [AuthCoreModule, PeopleModule],
  controllers: [AuthController],
  providers: [
    { provide: APP_GUARD, useClass: AccessGuard },
    AuthService,
    PasswordHasher,
    SessionsService,
    SignInResponder,
    SignInThrottle,
  ],
  exports: [PasswordHasher, SessionsService, SignInResponder],
})
export class AuthModule {}
