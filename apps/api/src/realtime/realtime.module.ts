import { Global, Module } from '@nestjs/common';
import { AuthCoreModule } from '../auth/auth-core.module';
import { RealtimeGateway } from './realtime.gateway';
import { RealtimeSessions } from './realtime-sessions';

@Global()
@Module({
  imports: [AuthCoreModule],
  providers: [RealtimeSessions, RealtimeGateway],
  exports: [RealtimeSessions],
})
export class RealtimeModule {}
