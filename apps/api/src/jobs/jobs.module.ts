import { Global, Module, type DynamicModule } from '@nestjs/common';
import { JobQueue } from './job-queue';
import { DATABASE_URL } from './jobs.tokens';

@Global()
@Module({})
export class JobsModule {
  static forRoot(databaseUrl: string): DynamicModule {
    return { module: JobsModule, providers: [{ provide: DATABASE_URL, useValue: databaseUrl }, JobQueue], exports: [JobQueue] };
  }
}
