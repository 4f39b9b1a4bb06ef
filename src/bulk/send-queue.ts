import { MAX_IN_FLIGHT, runCapped } from './capped.ts';

/**
 * Where one record stands in a bulk send:
 * - `waiting`: not sent yet (its turn, or a place among the calls in flight, is still to come);
 * - `sending`: its call is at the CRM, within the deadline;
 * - `late`: its call is past the deadline with no answer: the CRM may still move it, so it is never sent again
 *   while it waits, and it keeps its place among the calls in flight;
 * - `moved`: the CRM took it (never sent again);
 * - `failed`: the CRM answered and did not move it, with why;
 * - `not-sent`: the rep pressed Stop before its turn;
 * - `unknown`: the rep pressed Stop while its answer was late: sent, result unknown (a late answer that still
 *   comes turns it into `moved` or `failed`).
 */
export type SendState<E> =
  | { status: 'waiting' }
  | { status: 'sending' }
  | { status: 'late' }
  | { status: 'moved' }
  | { status: 'failed'; error: E }
  | { status: 'not-sent' }
  | { status: 'unknown' };

/** What one send came to: moved, or failed with why. */
export type SendOutcome<E> = { ok: true } | { ok: false; error: E };

/**
 * Sends one record and resolves once the CRM's answer says what happened, however late; calls `late` when the
 * deadline passes with no answer. `stop` aborts when the rep presses Stop: a call still waiting for a place among
 * the calls in flight is then not sent (the send rejects with the signal's reason); a call sent is awaited.
 */
export type SendOne<E> = (recordId: string, late: () => void, stop: AbortSignal) => Promise<SendOutcome<E>>;

/** Counts for the progress bar and the summary. */
export interface SendProgress {
  total: number;
  /** Moved. */
  done: number;
  failed: number;
  /** Waiting or at the CRM within the deadline. */
  left: number;
  /** Past the deadline, no answer yet. */
  late: number;
  notSent: number;
  /** Sent, result unknown (stopped while late). */
  unknown: number;
}

/**
 * Sends one transition to many records, at most `limit` calls in flight, a late call keeping its place until it
 * is answered. Each record is sent at most once per round, and a record the CRM took (`moved`), or whose answer
 * is still to come (`late`, `unknown`), is never sent again. Stop leaves every record that has not been sent as
 * `not-sent`, and a late one as `unknown`; calls within their deadline finish. A retry sends only failed records
 * the caller still finds at the transition; a resume sends only the records Stop left unsent.
 */
export class SendQueue<E> {
  readonly #states = new Map<string, SendState<E>>();
  #stopper = new AbortController();
  #running: Promise<void> | null = null;
  readonly #listeners = new Set<() => void>();
  /** Frees the worker of a record marked `unknown` at Stop, so the round can end without its answer. */
  readonly #release = new Map<string, () => void>();

  readonly #send: SendOne<E>;
  readonly #limit: number;

  constructor(recordIds: readonly string[], send: SendOne<E>, limit = MAX_IN_FLIGHT) {
    this.#send = send;
    this.#limit = limit;
    for (const id of new Set(recordIds)) this.#states.set(id, { status: 'waiting' });
  }

  /** Called after every change of a record's state. */
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** A record's state (undefined for an id not in the run). */
  state(recordId: string): SendState<E> | undefined {
    return this.#states.get(recordId);
  }

  /** Every record with its state, in the run's order. */
  entries(): Array<[string, SendState<E>]> {
    return [...this.#states.entries()];
  }

  /** Whether calls are in flight or waiting their turn. */
  get busy(): boolean {
    return this.#running !== null;
  }

  /** Whether every place among the calls in flight is held by a call past its deadline: nothing more can go. */
  get stuck(): boolean {
    return this.progress().late >= this.#limit;
  }

  progress(): SendProgress {
    const p: SendProgress = { total: this.#states.size, done: 0, failed: 0, left: 0, late: 0, notSent: 0, unknown: 0 };
    for (const s of this.#states.values()) {
      if (s.status === 'moved') p.done++;
      else if (s.status === 'failed') p.failed++;
      else if (s.status === 'late') p.late++;
      else if (s.status === 'not-sent') p.notSent++;
      else if (s.status === 'unknown') p.unknown++;
      else p.left++;
    }
    return p;
  }

  /** Sends every waiting record. Resolves when the round is over (all answered, or stopped and nothing left to wait for). */
  start(): Promise<void> {
    if (this.#running) return this.#running;
    this.#stopper = new AbortController();
    const stop = this.#stopper.signal;
    const ids = [...this.#states.entries()].filter(([, s]) => s.status === 'waiting').map(([id]) => id);
    this.#running = runCapped(
      ids,
      this.#limit,
      (id) => this.#sendOne(id, stop),
      (id) => !stop.aborted && this.#states.get(id)?.status === 'waiting',
    ).finally(() => {
      this.#running = null;
      this.#markUnsent();
      // The round is over: listeners see `busy` turn false.
      this.#emit();
    });
    return this.#running;
  }

  /** Halts what has not been sent (now `not-sent`); a record past its deadline becomes `unknown`. */
  stop(): void {
    this.#stopper.abort();
    for (const [id, s] of this.#states) if (s.status === 'late') this.#giveUp(id);
    this.#markUnsent();
  }

  /** Sends again the failed records `stillAtTransition` accepts; nothing else. Returns the ids it will send. */
  retryFailed(stillAtTransition: (recordId: string, error: E) => boolean): string[] {
    if (this.#running) return [];
    const again = [...this.#states.entries()].flatMap(([id, s]) =>
      s.status === 'failed' && stillAtTransition(id, s.error) ? [id] : [],
    );
    return this.#requeue(again);
  }

  /** Sends the records Stop left unsent. Returns their ids. */
  resume(): string[] {
    if (this.#running) return [];
    return this.#requeue([...this.#states.entries()].flatMap(([id, s]) => (s.status === 'not-sent' ? [id] : [])));
  }

  #requeue(ids: string[]): string[] {
    if (ids.length === 0) return [];
    for (const id of ids) this.#states.set(id, { status: 'waiting' });
    this.#emit();
    void this.start();
    return ids;
  }

  async #sendOne(id: string, stop: AbortSignal): Promise<void> {
    const set = (state: SendState<E>) => {
      this.#states.set(id, state);
      this.#emit();
    };
    set({ status: 'sending' });
    const late = () => {
      if (this.#states.get(id)?.status !== 'sending') return;
      set({ status: 'late' });
      if (stop.aborted) this.#giveUp(id);
    };
    const answered = this.#send(id, late, stop).then(
      (outcome) => set(outcome.ok ? { status: 'moved' } : { status: 'failed', error: outcome.error }),
      (reason: unknown) =>
        // Stopped while it waited for a place: never sent. Any other throw is a bug in the sender, kept as the
        // record's failure rather than lost.
        set(stop.aborted && reason === stop.reason ? { status: 'not-sent' } : { status: 'failed', error: reason as E }),
    );
    const givenUp = new Promise<void>((resolve) => this.#release.set(id, resolve));
    await Promise.race([answered, givenUp]);
    this.#release.delete(id);
  }

  /** Stop while a record's answer is late: reported as sent, result unknown, and its worker is freed. */
  #giveUp(id: string): void {
    this.#states.set(id, { status: 'unknown' });
    this.#release.get(id)?.();
    this.#emit();
  }

  #markUnsent(): void {
    if (!this.#stopper.signal.aborted) return;
    let changed = false;
    for (const [id, s] of this.#states) {
      if (s.status === 'waiting') {
        this.#states.set(id, { status: 'not-sent' });
        changed = true;
      }
    }
    if (changed) this.#emit();
  }

  #emit(): void {
    for (const l of this.#listeners) l();
  }
}
