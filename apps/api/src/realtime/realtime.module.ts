import { Global, Module } from '@nestjs/common';
import { AuthCoreModule } from '../auth/auth-core.module';
import { PresenceService } from './presence.service';
import { RealtimeGateway } from './realtime.gateway';
import { RealtimeSessions } from './realtime-sessions';

@Global()
@Module({
  imports: [AuthCoreModule],
  providers: [RealtimeSessions, PresenceService, RealtimeGateway],
  exports: [RealtimeSessions],
})
export class RealtimeModule {}
