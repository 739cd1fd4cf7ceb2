import { CreateQuestionnaireVersion1764200000000 } from './migrations/1764200000000-create-questionnaire-version';
import { QuestionnaireVersion } from './questionnaire-version.entity';

/** This module's part of the database schema, collected by the API's composition root. */
export const questionnaireEntities = [QuestionnaireVersion];
export const questionnaireMigrations = [CreateQuestionnaireVersion1764200000000];
