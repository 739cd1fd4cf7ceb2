import { AuditModule } from '@digitalcheck/api-audit';
import { Module } from '@nestjs/common';
import { QuestionnairesController } from './http/questionnaires.controller';
import { QuestionnairesService } from './questionnaires.service';
import { DefaultQuestionnaireSeedService } from './seed/default-questionnaire-seed.service';

@Module({
  imports: [AuditModule],
  controllers: [QuestionnairesController],
  providers: [QuestionnairesService, DefaultQuestionnaireSeedService],
  exports: [QuestionnairesService],
})
export class QuestionnairesModule {}
