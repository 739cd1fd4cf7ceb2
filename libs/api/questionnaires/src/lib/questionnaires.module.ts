import { AuditModule } from '@digitalcheck/api-audit';
import { Module } from '@nestjs/common';
import { QuestionnaireAdminController } from './http/questionnaire-admin.controller';
import { QuestionnairesController } from './http/questionnaires.controller';
import { QuestionnairesService } from './questionnaires.service';
import { DefaultQuestionnaireSeedService } from './seed/default-questionnaire-seed.service';

@Module({
  imports: [AuditModule],
  // The admin controller first: its static `import` route must win over `:id` routes.
  controllers: [QuestionnaireAdminController, QuestionnairesController],
  providers: [QuestionnairesService, DefaultQuestionnaireSeedService],
  exports: [QuestionnairesService],
})
export class QuestionnairesModule {}
