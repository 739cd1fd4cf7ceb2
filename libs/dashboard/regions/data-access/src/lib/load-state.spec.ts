import { of, throwError } from 'rxjs';
import { LoadState, loadState } from './load-state';

describe('loadState', () => {
  it('starts loading and ends with the value', () => {
    const states: LoadState<number>[] = [];
    loadState(of(42)).subscribe((s) => states.push(s));
    expect(states).toEqual([{ status: 'loading' }, { status: 'loaded', value: 42 }]);
  });

  it('ends with the HTTP status on failure', () => {
    const states: LoadState<number>[] = [];
    loadState(throwError(() => ({ status: 404 }))).subscribe((s) => states.push(s));
    expect(states[1]).toEqual({ status: 'error', httpStatus: 404 });
    loadState(throwError(() => new Error('x'))).subscribe((s) => states.push(s));
    expect(states[3]).toEqual({ status: 'error', httpStatus: 0 });
  });
});
