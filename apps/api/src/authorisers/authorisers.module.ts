import { Module } from '@nestjs/common';
import { ExchangesModule } from '../exchanges/exchanges.module';
import { MatchesModule } from '../matches/matches.module';
import { AuthorisersController } from './authorisers.controller';
import { AuthorisersService } from './authorisers.service';

@Module({ imports: [MatchesModule, ExchangesModule], controllers: [AuthorisersController], providers: [AuthorisersService] })
export class AuthorisersModule {}
