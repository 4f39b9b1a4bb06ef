import type { Page } from 'playwright-core';
import type { SimWindow } from '../crm-sim/host/sim-window.ts';
import { firstScreenSettled } from './browser.ts';

/** An updateBluePrint request as the simulated CRM received it. */
export interface ReceivedUpdate {
  Entity: string;
  RecordID: string;
  BlueprintData: { blueprint: { transition_id: string; data: Record<string, unknown> }[] };
}

/** Every updateBluePrint the simulated CRM received. */
export function receivedUpdates(page: Page): Promise<ReceivedUpdate[]> {
  // The simulator keeps what the widget sent as it came (unknown); these are the fields the tests read.
  return page.evaluate(() => (window as unknown as SimWindow).crmSim.updates as ReceivedUpdate[]);
}

/** A field of a record as the simulated CRM holds it now. */
export function storedValue(page: Page, module: string, id: string, field: string): Promise<unknown> {
  return page.evaluate(
    ([m, i, f]) => (window as unknown as SimWindow).crmSim.crm.record(m!, i!)?.values[f!],
    [module, id, field],
  );
}

/** Opens the widget's popup for the selected record, as the rep's click on the button does. */
export async function openWidget(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as SimWindow).crmSim.openWidget());
}

/** Closes the widget's popup as the rep would with its ×. */
export async function closeWidget(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as SimWindow).crmSim.closeWidget());
}

/** From now on, the CRM fails `on` calls with `code` (TIMEOUT: never answers them) every time, or as the knobs say. */
export async function failFromNow(page: Page, code: string, on: string): Promise<void> {
  await page.evaluate(
    ([c, o]) => (window as unknown as SimWindow).crmSim.setFailure({ code: c!, on: o!, times: 'always' }),
    [code, on],
  );
}

/**
 * From now on, the CRM answers `on` calls (a call name or "any") `ms` late. It carries them out on time, or with
 * `carriedOutLate` only as it answers, so a read in between still sees the record as it was.
 */
export async function answerLate(page: Page, on: string, ms: number, carriedOutLate = false): Promise<void> {
  await page.evaluate(
    ([o, m, c]) =>
      (window as unknown as SimWindow).crmSim.setLateAnswers({
        on: o as string,
        ms: m as number,
        carriedOutLate: c as boolean,
      }),
    [on, ms, carriedOutLate] as const,
  );
}

/** The most CRM calls (UI calls aside) that waited on the simulated CRM at once since the popup opened. */
export function mostCallsWaiting(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as SimWindow).crmSim.maxInFlight);
}

/** Closes the widget's popup as the rep would with its ×, then opens it again, its first screen settled. */
export async function reopenWidget(page: Page): Promise<void> {
  await closeWidget(page);
  await openWidget(page);
  await firstScreenSettled(page);
}

/** Saved default settings: the simulated user is an admin, who would otherwise see a note about missing settings. */
export const SAVED_DEFAULTS = JSON.stringify({ version: 1, modules: {} });

/** The widget's frame in the host page. */
export const frameOf = (page: Page) => page.frame({ name: 'blueprint-stepper' })!;

/**
 * Makes the simulated signed-in user speak German (with German date and time formats), then opens the widget afresh,
 * its first screen settled.
 */
export async function inGerman(page: Page): Promise<void> {
  await page.evaluate(() => {
    const sim = (window as unknown as SimWindow).crmSim;
    Object.assign(sim.crm.users[0]!, {
      locale: 'de_DE',
      country_locale: 'de_DE',
      date_format: 'dd.MM.yyyy',
      time_format: 'HH:mm',
      time_zone: 'Europe/Berlin',
    });
    sim.closeWidget();
    sim.openWidget();
  });
  await firstScreenSettled(page);
}

/**
 * Grows a transition of the simulated CRM to `count` items before the widget opens: copies of its first text
 * field with fresh ids and api names, every third one required (the bench's big forms).
 */
export async function growTransition(page: Page, module: string, transition: string, count: number): Promise<void> {
  // No named functions inside evaluate: tsx would wrap them in a helper the page does not have.
  await page.evaluate(
    ([m, name, n]) => {
      const sim = (window as unknown as SimWindow).crmSim;
      const t = sim.crm.processes[m!]!.transitions.find((x) => x.name === name)!;
      const text = t.fields.find((f) => f.data_type === 'text')!;
      for (let i = t.fields.length; i < Number(n); i++) {
        t.fields.push({
          ...text,
          id: `9${String(i).padStart(18, '0')}`,
          api_name: `Bench_${i}`,
          field_label: `Bench field ${i}`,
          display_label: `Bench field ${i}`,
          mandatory: i % 3 === 0,
          transition_sequence: i + 1,
        });
      }
    },
    [module, transition, String(count)] as const,
  );
}

/**
 * Waits for the path laid out over the process's whole list of states (every stage is in the DOM, a narrow popup's
 * far ones hidden): the field list that gives it comes after the first screen, and the path refines then.
 */
export async function wholePath(page: Page): Promise<void> {
  await frameOf(page).waitForFunction(
    () => document.querySelectorAll('.path:not(.path--closing) .path__step').length > 5,
  );
}

/**
 * Waits until the widget has asked the CRM for its content's height (UI.Resize, after its content grew: a form
 * opened, say) and the CRM has sized the frame: the simulator does so as it records the call. A click before
 * that can land where the content was: to reach a button below the frame's bottom the browser scrolls the frame,
 * and the frame growing then takes that scroll back. A rep is not that quick; a test is.
 */
export async function grownToFit(page: Page): Promise<void> {
  const frame = frameOf(page);
  const until = Date.now() + 15_000;
  for (;;) {
    const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    const asked = await page.evaluate(() => {
      const resizes = (window as unknown as SimWindow).crmSim.calls.filter((c) => c.name === 'Resize');
      return (resizes.at(-1)?.data as { data?: { height?: unknown } } | undefined)?.data?.height ?? null;
    });
    if (asked === content) return;
    if (Date.now() > until) throw new Error(`the widget never asked for its height (${content} px; last ${asked})`);
    await page.waitForTimeout(20);
  }
}
