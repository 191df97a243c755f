import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EngineThread } from '../../../electron/engine/worker/engine-thread';
import { AppError } from '../../../shared/api/errors';
import { corpusFile } from './helpers';

const crashingWorker = pathToFileURL(join(import.meta.dirname, 'fixtures', 'crashing-engine-worker.mjs'));

/** The engine's own thread: a crash fails only the calls it was running; a worker that cannot start is not fatal. */
describe('the engine thread', () => {
  it('turns a crash into ENGINE_STOPPED for the running call, and serves the next call from a new thread', async () => {
    const engine = new EngineThread(crashingWorker);
    try {
      const failed = await engine.inspect([{ path: '/tmp/crash.pdf' }]).then(
        () => null,
        (error: unknown) => error,
      );
      expect(failed).toBeInstanceOf(AppError);
      expect(failed).toMatchObject({ code: 'ENGINE_STOPPED', messageKey: 'engine.errors.engineStopped' });
      expect(await engine.inspect([{ path: '/tmp/fine.jpg' }])).toEqual([{ path: '/tmp/fine.jpg', kind: 'jpeg' }]);
      expect(engine.onWorkerThread).toBe(true);
    } finally {
      await engine.close();
    }
  });

  it('fails the calls still running when it is closed, instead of leaving them waiting', async () => {
    const engine = new EngineThread(crashingWorker);
    await engine.inspect([{ path: '/tmp/fine.jpg' }]);
    const running = expect(engine.inspect([{ path: '/tmp/hang.pdf' }])).rejects.toMatchObject({ code: 'ENGINE_STOPPED' });
    await engine.close();
    await running;
  });

  it('prepares on the calling thread when its worker cannot start at all', async () => {
    const engine = new EngineThread(pathToFileURL('/nonexistent/engine-worker.js'));
    const photo = corpusFile('images/exif_orientation_6.jpg');
    const [inspected] = await engine.inspect([{ path: photo }]);
    expect(inspected).toMatchObject({ kind: 'jpeg', pages: 1, error: null });
    expect(engine.onWorkerThread).toBe(false);
    await engine.close();
  });

  it('stops a call past its time budget with ENGINE_TIME_LIMIT; the next call gets a fresh thread', async () => {
    const engine = new EngineThread(crashingWorker, undefined, { minutesPerFile: 0.02, memoryLimitMb: 64 * 1024 });
    try {
      await expect(engine.inspect([{ path: '/tmp/hang.pdf' }])).rejects.toMatchObject({
        code: 'ENGINE_TIME_LIMIT',
        messageKey: 'engine.errors.engineTimeLimit',
        params: { minutes: 0.02 },
      });
      expect(await engine.inspect([{ path: '/tmp/fine.jpg' }])).toEqual([{ path: '/tmp/fine.jpg', kind: 'jpeg' }]);
    } finally {
      await engine.close();
    }
  });

  it('stops a call whose native memory passes the limit with ENGINE_MEMORY_LIMIT', async () => {
    const limitMb = Math.round(process.memoryUsage.rss() / (1024 * 1024)) + 400;
    const engine = new EngineThread(crashingWorker, undefined, { minutesPerFile: 10, memoryLimitMb: limitMb });
    try {
      await expect(engine.inspect([{ path: '/tmp/hog.pdf' }])).rejects.toMatchObject({
        code: 'ENGINE_MEMORY_LIMIT',
        params: { megabytes: limitMb },
      });
      expect(await engine.inspect([{ path: '/tmp/fine.jpg' }])).toEqual([{ path: '/tmp/fine.jpg', kind: 'jpeg' }]);
    } finally {
      await engine.close();
    }
  });
});
