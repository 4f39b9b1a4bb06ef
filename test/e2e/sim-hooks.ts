import type { Page } from 'playwright-core';

/** An updateBluePrint request as the simulated CRM received it. */
export interface ReceivedUpdate {
  Entity: string;
  RecordID: string;
  BlueprintData: { blueprint: { transition_id: string; data: Record<string, unknown> }[] };
}

interface SimWindow {
  crmSim: {
    updates: ReceivedUpdate[];
    calls: { name: string; data: unknown }[];
    crm: { record(module: string, id: string): { values: Record<string, unknown> } | undefined };
    openWidget(): void;
    closeWidget(): void;
  };
}

/** Every updateBluePrint the simulated CRM received. */
export function receivedUpdates(page: Page): Promise<ReceivedUpdate[]> {
  return page.evaluate(() => (window as unknown as SimWindow).crmSim.updates);
}

/** A field of a record as the simulated CRM holds it now. */
export function storedValue(page: Page, module: string, id: string, field: string): Promise<unknown> {
  return page.evaluate(
    ([m, i, f]) => (window as unknown as SimWindow).crmSim.crm.record(m!, i!)?.values[f!],
    [module, id, field],
  );
}

/** Closes the widget's popup as the rep would with its ×, then opens it again. */
export async function reopenWidget(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as SimWindow).crmSim.closeWidget());
  await page.evaluate(() => (window as unknown as SimWindow).crmSim.openWidget());
}
