import { jest } from '@jest/globals';

import { whenIdle, yieldToMain } from './yield-to-main';

describe('yieldToMain', () => {
  afterEach(() => jest.useRealTimers());

  it("takes the browser's scheduler.yield() when there is one", async () => {
    const schedulerYield = jest.fn(() => Promise.resolve());
    await yieldToMain({ scheduler: { yield: schedulerYield } } as unknown as Window);
    expect(schedulerYield).toHaveBeenCalledTimes(1);
  });

  it('else resumes in a later task, after a timeout', async () => {
    jest.useFakeTimers();
    let resumed = false;
    const yielded = yieldToMain({} as Window).then(() => (resumed = true));
    await Promise.resolve();
    expect(resumed).toBe(false);
    jest.runAllTimers();
    await yielded;
    expect(resumed).toBe(true);
  });
});

describe('whenIdle', () => {
  afterEach(() => jest.useRealTimers());

  it('asks requestIdleCallback, with a timeout, when the browser has it', () => {
    const requestIdleCallback = jest.fn((callback: () => void) => (callback(), 1));
    const work = jest.fn();
    whenIdle({ requestIdleCallback } as unknown as Window, work, 500);
    expect(requestIdleCallback).toHaveBeenCalledWith(work, { timeout: 500 });
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('else runs the work after a timeout, not at once', () => {
    jest.useFakeTimers();
    const work = jest.fn();
    whenIdle({} as Window, work);
    expect(work).not.toHaveBeenCalled();
    jest.runAllTimers();
    expect(work).toHaveBeenCalledTimes(1);
  });
});
