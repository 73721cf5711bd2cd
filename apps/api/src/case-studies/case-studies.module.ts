import { Module } from '@nestjs/common';
import { CaseStudiesController } from './case-studies.controller';
import { CaseStudiesGateway } from './case-studies.gateway';
import { CaseStudiesService } from './case-studies.service';
import { CaseStudyAccess } from './case-study-access';
import { CaseStudyCommentsService } from './case-study-comments.service';
import { CaseStudyFilesService } from './case-study-files.service';
import { CaseStudyVersionsService } from './case-study-versions.service';

@Module({
  controllers: [CaseStudiesController],
  providers: [CaseStudyAccess, CaseStudiesService, CaseStudyFilesService, CaseStudyVersionsService, CaseStudyCommentsService, CaseStudiesGateway],
})
export class CaseStudiesModule {}
