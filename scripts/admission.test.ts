import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { admission } from './admission';

/** A response as far as admission sees it: it ends with 'finish' and then 'close', or only 'close'. */
const response = () => new EventEmitter();

describe('admission', () => {
  it('works on at most the limit at once and starts the waiting ones in order as answers finish', () => {
    const admit = admission(2);
    const started: number[] = [];
    const responses = [0, 1, 2, 3].map((i) => {
      const res = response();
      admit(res, () => started.push(i));
      return res;
    });
    expect(started).toEqual([0, 1]);
    responses[1]!.emit('finish');
    responses[1]!.emit('close');
    expect(started).toEqual([0, 1, 2]);
    responses[0]!.emit('close'); // the client went away before the answer was sent
    expect(started).toEqual([0, 1, 2, 3]);
  });

  it('drops a request whose client leaves while it waits, without losing a turn', () => {
    const admit = admission(1);
    const started: string[] = [];
    const first = response();
    const gone = response();
    const last = response();
    admit(first, () => started.push('first'));
    admit(gone, () => started.push('gone'));
    admit(last, () => started.push('last'));
    gone.emit('close');
    first.emit('finish');
    first.emit('close');
    expect(started).toEqual(['first', 'last']);
    // The freed turn is there for the next request at once.
    last.emit('finish');
    const next = response();
    admit(next, () => started.push('next'));
    expect(started).toEqual(['first', 'last', 'next']);
  });
});
