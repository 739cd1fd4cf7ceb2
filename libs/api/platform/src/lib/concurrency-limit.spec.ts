import { ConcurrencyLimit, QueueFullError } from './concurrency-limit';

describe('ConcurrencyLimit', () => {
  it('runs at most two tasks at once and all of them in order of arrival', async () => {
    const limit = new ConcurrencyLimit(2);
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const task = (id: number) =>
      limit.run(async () => {
        started.push(id);
        running++;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 5));
        running--;
        return id;
      });
    expect(await Promise.all([1, 2, 3, 4, 5].map(task))).toEqual([1, 2, 3, 4, 5]);
    expect(most).toBe(2);
    expect(started).toEqual([1, 2, 3, 4, 5]);
  });

  it('frees the slot when a task fails', async () => {
    const limit = new ConcurrencyLimit(1);
    await expect(limit.run(() => Promise.reject(new Error('kaputt')))).rejects.toThrow('kaputt');
    expect(await limit.run(() => Promise.resolve('weiter'))).toBe('weiter');
  });

  it('refuses at once when the waiting line is full, and takes tasks again once it has room', async () => {
    const limit = new ConcurrencyLimit(1, 1);
    let release: () => void = () => undefined;
    const first = limit.run(() => new Promise<string>((resolve) => (release = () => resolve('erster'))));
    const second = limit.run(() => Promise.resolve('zweiter'));
    await expect(limit.run(() => Promise.resolve('dritter'))).rejects.toBeInstanceOf(QueueFullError);
    release();
    expect(await Promise.all([first, second])).toEqual(['erster', 'zweiter']);
    expect(await limit.run(() => Promise.resolve('vierter'))).toBe('vierter');
  });
});
