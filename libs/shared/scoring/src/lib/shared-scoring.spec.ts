import { sharedScoring } from './shared-scoring';

describe('sharedScoring', () => {
  it('should work', () => {
    expect(sharedScoring()).toEqual('shared-scoring');
  });
});
