import { editorServicesOf } from '../crm/editor-services.ts';
import { Celebration } from './celebration.tsx';
import { formSession } from './form-session.ts';
import { StageTimeLine, overdueWords, timeInStage } from './stage-time.tsx';
import { AdminNote } from './admin-note.tsx';
import { KeyFieldsPanel } from './key-fields/key-fields-panel.tsx';
import { ProcessNotes } from './process-notes.tsx';
import { TransitionForm } from './transition-form.tsx';

/**
 * The one way into the form's chunk: what loads after the first screen, before the rep can pick a transition
 * (lazy-transition-form.tsx imports this module alone; vite.config.ts puts everything only it reaches in one
 * chunk). The send flow, the checks and the draft saving come in through the session.
 */
export const formChunk = {
  /** The open transition's items, with what is missing and the buttons that send it. */
  TransitionForm,
  /** The editors' services (search, upload), made from the client. */
  editorServicesOf,
  /** A short celebration of a win: a win follows a send, and a send needs this chunk. */
  Celebration,
  /** What the rep can do in an open form, its values kept in the draft store, the send (form-session.ts). */
  formSession,
  /** The time in the current stage, its line and the path's overdue words (stage-time.tsx): after the first screen. */
  timeInStage,
  StageTimeLine,
  overdueWords,
  /** The current stage's key fields, shown and edited with the path (issue 25). */
  KeyFieldsPanel,
  /** Transitions the blueprint's definition has from here that the CRM did not offer this user (issue 23). */
  ProcessNotes,
  /** The note for administrators: settings not (all) in use, the process's definition not read. */
  AdminNote,
};

/** The form's chunk, as its entry exports it. */
export type FormChunk = typeof formChunk;
