import { MAX_IN_FLIGHT, runCapped } from './capped.ts';

/**
 * Where one record stands in a bulk send:
 * - `waiting`: not sent yet; `sending`: its call is in flight;
 * - `moved`: the CRM took it (never sent again);
 * - `failed`: the CRM refused or did not answer, with why;
 * - `not-sent`: the rep pressed Stop before its turn.
 */
export type SendState<E> =
  | { status: 'waiting' }
  | { status: 'sending' }
  | { status: 'moved' }
  | { status: 'failed'; error: E }
  | { status: 'not-sent' };

/** What one send came to: moved, or failed with why. */
export type SendOutcome<E> = { ok: true } | { ok: false; error: E };

/** Counts for the progress bar: done (moved), failed, left (waiting or in flight). */
export interface SendProgress {
  total: number;
  done: number;
  failed: number;
  left: number;
  notSent: number;
}

/**
 * Sends one transition to many records, at most `limit` calls in flight. Each record is sent at most once per
 * round, and a record the CRM took (`moved`) is never sent again. Stop leaves every record that has not started
 * as `not-sent`; calls already in flight finish. A retry sends only failed records the caller still finds at the
 * transition; a resume sends only the records Stop left unsent.
 */
export class SendRun<E> {
  private readonly states = new Map<string, SendState<E>>();
  private stopped = false;
  private running: Promise<void> | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(
    readonly recordIds: readonly string[],
    private readonly send: (recordId: string) => Promise<SendOutcome<E>>,
    private readonly limit = MAX_IN_FLIGHT,
  ) {
    for (const id of new Set(recordIds)) this.states.set(id, { status: 'waiting' });
  }

  /** Called after every change of a record's state. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A record's state (undefined for an id not in the run). */
  state(recordId: string): SendState<E> | undefined {
    return this.states.get(recordId);
  }

  /** Every record with its state, in the run's order. */
  entries(): Array<[string, SendState<E>]> {
    return [...this.states.entries()];
  }

  /** Whether calls are in flight or waiting their turn. */
  get busy(): boolean {
    return this.running !== null;
  }

  progress(): SendProgress {
    const p: SendProgress = { total: this.states.size, done: 0, failed: 0, left: 0, notSent: 0 };
    for (const s of this.states.values()) {
      if (s.status === 'moved') p.done++;
      else if (s.status === 'failed') p.failed++;
      else if (s.status === 'not-sent') p.notSent++;
      else p.left++;
    }
    return p;
  }

  /** Sends every waiting record. Resolves when the round is over (all sent, or stopped and the calls in flight back). */
  start(): Promise<void> {
    if (this.running) return this.running;
    this.stopped = false;
    const ids = [...this.states.entries()].filter(([, s]) => s.status === 'waiting').map(([id]) => id);
    this.running = runCapped(
      ids,
      this.limit,
      (id) => this.sendOne(id),
      (id) => !this.stopped && this.states.get(id)?.status === 'waiting',
    ).finally(() => {
      this.running = null;
      this.markUnsent();
      // The round is over: listeners see `busy` turn false.
      this.emit();
    });
    return this.running;
  }

  /** Halts what has not started; records still waiting become `not-sent` at once. */
  stop(): void {
    this.stopped = true;
    this.markUnsent();
  }

  /** Sends again the failed records `stillAtTransition` accepts; nothing else. Returns the ids it will send. */
  retryFailed(stillAtTransition: (recordId: string, error: E) => boolean): string[] {
    if (this.running) return [];
    const again = [...this.states.entries()].flatMap(([id, s]) =>
      s.status === 'failed' && stillAtTransition(id, s.error) ? [id] : [],
    );
    return this.requeue(again);
  }

  /** Sends the records Stop left unsent. Returns their ids. */
  resume(): string[] {
    if (this.running) return [];
    return this.requeue([...this.states.entries()].flatMap(([id, s]) => (s.status === 'not-sent' ? [id] : [])));
  }

  private requeue(ids: string[]): string[] {
    if (ids.length === 0) return [];
    for (const id of ids) this.states.set(id, { status: 'waiting' });
    this.emit();
    void this.start();
    return ids;
  }

  private async sendOne(id: string): Promise<void> {
    this.states.set(id, { status: 'sending' });
    this.emit();
    let outcome: SendOutcome<E>;
    try {
      outcome = await this.send(id);
    } catch (reason) {
      // The sender reports its own failures; a throw is a bug, kept as the record's failure rather than lost.
      outcome = { ok: false, error: reason as E };
    }
    this.states.set(id, outcome.ok ? { status: 'moved' } : { status: 'failed', error: outcome.error });
    this.emit();
  }

  private markUnsent(): void {
    if (!this.stopped) return;
    let changed = false;
    for (const [id, s] of this.states) {
      if (s.status === 'waiting') {
        this.states.set(id, { status: 'not-sent' });
        changed = true;
      }
    }
    if (changed) this.emit();
  }

  private emit(): void {
    for (const l of this.listeners) l();
  }
}
