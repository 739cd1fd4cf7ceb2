import { killLeftoverApis } from './running-api';

afterAll(() => killLeftoverApis());
