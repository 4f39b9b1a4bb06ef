import { afterAll, beforeAll } from 'vitest';
import { startSimulator, type Simulator, type ThirdPartyStorage } from './browser.ts';

/**
 * The simulator for one test file: started before its tests, closed after them. The handle stands for the
 * running simulator (its fields are read when a test uses them), so a file writes `const sim = useSimulator();`
 * and hands `sim` to openRecordPage and the others. Apart from browser.ts, which the bench imports outside Vitest.
 */
export function useSimulator(opts: { thirdPartyStorage?: ThirdPartyStorage } = {}): Simulator {
  let running: Simulator | undefined;
  beforeAll(async () => {
    running = await startSimulator(opts);
  });
  afterAll(async () => {
    await running?.close();
  });
  const current = (): Simulator => {
    if (!running) throw new Error('The simulator has not started: use the handle inside a test.');
    return running;
  };
  return {
    get url() {
      return current().url;
    },
    get widgetOrigin() {
      return current().widgetOrigin;
    },
    get browser() {
      return current().browser;
    },
    close: () => current().close(),
  };
}
