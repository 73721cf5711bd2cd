import { Module } from '@nestjs/common';
import { AfterwardsService } from './afterwards.service';
import { CalendarService } from './calendar.service';
import { ExchangeAccess } from './exchange-access';
import { ExchangeLive } from './exchange-live';
import { ExchangeNotices } from './exchange-notices';
import { ExchangesController } from './exchanges.controller';
import { ExchangesGateway } from './exchanges.gateway';
import { ExchangesService } from './exchanges.service';
import { PollService } from './poll.service';
import { RegistrationsService } from './registrations.service';

@Module({
  controllers: [ExchangesController],
  providers: [AfterwardsService, ExchangeNotices, ExchangeAccess, ExchangeLive, ExchangesGateway, ExchangesService, RegistrationsService, CalendarService, PollService],
  exports: [ExchangesService, RegistrationsService],
})
export class ExchangesModule {}
