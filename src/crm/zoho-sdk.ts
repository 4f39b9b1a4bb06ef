/**
 * The part of Zoho's embedded app SDK (1.2) the widget calls, typed. Only zoho-crm-client.ts may use it.
 * Names are Zoho's, including the capital P of getBluePrint (docs/zoho-sdk.md).
 */
export interface ZohoSdk {
  embeddedApp: {
    on(event: 'PageLoad', handler: (data: unknown) => void): void;
    init(): Promise<unknown>;
  };
  CRM: {
    API: {
      getBluePrint(args: { Entity: string; RecordID: string }): Promise<unknown>;
      updateBluePrint(args: { Entity: string; RecordID: string; BlueprintData: unknown }): Promise<unknown>;
      getRecord(args: { Entity: string; RecordID: string }): Promise<unknown>;
      updateRecord(args: { Entity: string; APIData: Record<string, unknown>; Trigger?: string[] }): Promise<unknown>;
      getRelatedRecords(args: {
        Entity: string;
        RecordID: string;
        RelatedList: string;
        page?: number;
        per_page?: number;
      }): Promise<unknown>;
      searchRecord(args: {
        Entity: string;
        Type: 'word' | 'email' | 'phone' | 'criteria';
        Query: string;
        page?: number;
        per_page?: number;
      }): Promise<unknown>;
      getAllUsers(args: { Type: string; page?: number; per_page?: number }): Promise<unknown>;
      uploadFile(config: {
        CONTENT_TYPE: 'multipart';
        PARTS: unknown[];
        FILE: { fileParam: string; file: File };
      }): Promise<unknown>;
      getOrgVariable(name: string): Promise<unknown>;
    };
    META: {
      getFields(args: { Entity: string }): Promise<unknown>;
      getModules(): Promise<unknown>;
    };
    CONNECTOR: {
      invokeAPI(name: string, params: Record<string, unknown>): Promise<unknown>;
    };
    /** A CRM connection's call, with its owner's token: the settings page only (crm/zoho-connection.ts). */
    CONNECTION?: {
      invoke(name: string, request: Record<string, unknown>): Promise<unknown>;
    };
    CONFIG: {
      getCurrentUser(): Promise<unknown>;
      getOrgInfo(): Promise<unknown>;
    };
    UI: {
      Resize(args: { height: number; width: number }): Promise<unknown>;
      Popup: { close(): Promise<unknown>; closeReload(): Promise<unknown> };
      Record: { open(args: { Entity: string; RecordID: string }): Promise<unknown> };
    };
  };
}

/** The SDK on the page, if its script loaded. */
export function findZohoSdk(win: Window): ZohoSdk | null {
  const candidate = (win as unknown as { ZOHO?: unknown }).ZOHO;
  if (typeof candidate !== 'object' || candidate === null) return null;
  const sdk = candidate as Partial<ZohoSdk>;
  if (typeof sdk.embeddedApp?.init !== 'function' || typeof sdk.CRM?.API?.getBluePrint !== 'function') return null;
  return candidate as ZohoSdk;
}
