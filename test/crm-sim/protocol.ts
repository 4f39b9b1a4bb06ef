/**
 * The embedded-app wire protocol between the CRM host page and the SDK inside the widget's iframe, as described
 * in docs/wire-protocol.md. Shared by the simulated host and the project's SDK stand-in, so the two
 * cannot drift apart. Messages travel as structured-clone objects; JSON strings are accepted too.
 */

/** The first message of the handshake: the SDK asks the host to register the app. */
export interface RegisterMessage {
  type: 'SDK.EVENT';
  eventName: 'REGISTER';
  appOrigin: string;
}

/** Sent by the SDK when the widget page unloads. */
export interface DeregisterMessage {
  type: 'SDK.EVENT';
  eventName: 'DEREGISTER';
  uniqueID: string;
  appOrigin?: string;
}

/** A request that expects an answer (EVENT_RESPONSE or EVENT_RESPONSE_FAILURE with the same promiseid). */
export interface RequestMessage<Name extends 'CRM_EVENT' | 'ZDK_EVENT', Data> {
  type: 'SDK.EVENT';
  eventName: Name;
  uniqueID: string;
  time: number;
  promiseid: string;
  data: Data;
  appOrigin: string;
}

/** The `data` of a CRM_EVENT: the call's own fields plus a category and an action or type that name it. */
export interface CrmEventData {
  sdkVersion: string;
  category: string;
  action?: string | { popup?: string; record?: string };
  type?: string;
  [key: string]: unknown;
}

/** Every SDK call but the handshake. */
export type CrmEventMessage = RequestMessage<'CRM_EVENT', CrmEventData>;

/** init() of SDK 1.2 asks for a script to add before it resolves. */
export type ZdkEventMessage = RequestMessage<'ZDK_EVENT', { action: string; [key: string]: unknown }>;

/** Anything the SDK sends to the host. */
export type SdkMessage = RegisterMessage | DeregisterMessage | CrmEventMessage | ZdkEventMessage;

/** The host's reply to REGISTER: the SDK keeps `uniqueID` and sends it with every later message. */
export interface SetContextMessage {
  type: 'FRAMEWORK.EVENT';
  eventName: 'SET_CONTEXT';
  data: { uniqueID: string; locale?: string; [key: string]: unknown };
}

/** The record a widget was opened on, e.g. from a button on the record's detail view. */
export interface RecordPageLoadData {
  Entity: string;
  EntityId: string[] | string;
  ButtonPosition: string;
}

/**
 * What PageLoad carries: the record for a record's button; nothing for the extension's settings page, which is
 * opened on no record (the reference documents only the record button's context, so the simulator sends none).
 */
export type PageLoadData = RecordPageLoadData | Record<string, never>;

/** A named event the SDK hands to the handler the widget registered with `ZOHO.embeddedApp.on`. */
export interface NamedEventMessage {
  type: 'FRAMEWORK.EVENT';
  eventName: string;
  data: unknown;
}

/** The answer to one request: resolve (EVENT_RESPONSE) or reject (EVENT_RESPONSE_FAILURE) with `data`. */
export interface ResponseMessage {
  type: 'FRAMEWORK.EVENT';
  eventName: 'EVENT_RESPONSE' | 'EVENT_RESPONSE_FAILURE';
  promiseid: string;
  data: unknown;
}

/** Anything the host sends to the SDK. */
export type HostMessage = SetContextMessage | ResponseMessage | NamedEventMessage;

/** The error body of Zoho's REST API, which the SDK passes on unchanged. */
export interface ApiError {
  code: string;
  details: Record<string, unknown>;
  message: string;
  status: 'error';
}

/** Reads a message event's data: plain objects as they are, JSON strings parsed; anything else is null. */
export function readMessage(raw: unknown): Record<string, unknown> | null {
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return null;
    }
  }
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}
