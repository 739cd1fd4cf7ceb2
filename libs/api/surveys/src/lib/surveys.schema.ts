import { SurveyAnswerOperation } from './entities/survey-answer-operation.entity';
import { SurveyAnswer } from './entities/survey-answer.entity';
import { SurveyResponse } from './entities/survey-response.entity';
import { SurveyWaveRegion } from './entities/survey-wave-region.entity';
import { SurveyWave } from './entities/survey-wave.entity';
import { CreateSurveys1764400000000 } from './migrations/1764400000000-create-surveys';
import { AnalyticsStamp1764400000001 } from './migrations/1764400000001-analytics-stamp';

/** This module's part of the database schema, collected by the API's composition root. */
export const surveyEntities = [SurveyWave, SurveyWaveRegion, SurveyResponse, SurveyAnswer, SurveyAnswerOperation];
export const surveyMigrations = [CreateSurveys1764400000000, AnalyticsStamp1764400000001];
