import { Module, forwardRef } from '@nestjs/common';
import { AlliancesModule } from '../alliances/alliances.module';
import { PeopleController } from './people.controller';
import { PeopleRepository } from './people.repository';
import { PeopleService } from './people.service';

@Module({
  imports: [forwardRef(() => AlliancesModule)],
  controllers: [PeopleController],
  providers: [PeopleRepository, PeopleService],
  exports: [PeopleRepository, PeopleService],
})
export class PeopleModule {}
