import { Module } from '@nestjs/common';
import { MatchesModule } from '../matches/matches.module';
import { AuthorisersController } from './authorisers.controller';
import { AuthorisersService } from './authorisers.service';

@Module({ imports: [MatchesModule], controllers: [AuthorisersController], providers: [AuthorisersService] })
export class AuthorisersModule {}
