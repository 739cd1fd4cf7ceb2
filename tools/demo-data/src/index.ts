export { mulberry32, hash32, stream, Draw, type Uniform } from './lib/random';
export {
  BASE_YEAR,
  type DemoRegion,
  type RegionProfile,
  regionProfile,
  maturityIn,
  propensity,
} from './lib/region-profile';
export { generateAnswers, type AnswerContext } from './lib/answer-generator';
export {
  DEFAULT_PARTICIPATION,
  STRATEGY_SHARES,
  generateDemoWave,
  type CompleteTimeline,
  type DemoResponse,
  type DemoWaveOptions,
  type DraftTimeline,
  type ParticipationRates,
  type WavePhase,
} from './lib/demo-wave';
