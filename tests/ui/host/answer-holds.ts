/**
 * Answers made late on purpose: main answers a request at once, and the host keeps that answer from
 * the page until the test releases it — as a slow disk or a busy main process would, with newer
 * requests answered meanwhile. The page must show what was asked for last, never a late answer.
 */
export interface AnswerHold {
  /** Settles when an answer is being held (the request was made and answered by main). */
  arrived: Promise<void>;
  /** Lets the held answer through; settles once it has been handed to the page. */
  release(): Promise<void>;
}

interface PendingHold {
  channel: string;
  when: (payload: unknown) => boolean;
  arrive: () => void;
  released: Promise<void>;
  delivered: () => void;
}

export class AnswerHolds {
  private readonly pending: PendingHold[] = [];

  /** Holds the next answer on `channel` whose request `when` picks. */
  hold(channel: string, when: (payload: unknown) => boolean = () => true): AnswerHold {
    let arrive!: () => void;
    let release!: () => void;
    let delivered!: () => void;
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    const handedOver = new Promise<void>((resolve) => (delivered = resolve));
    this.pending.push({ channel, when, arrive, released, delivered });
    return {
      arrived,
      release: async () => {
        release();
        await handedOver;
      },
    };
  }

  /** Called with main's answer before it goes to the page: waits if a hold picks this request. */
  async deliver<T>(channel: unknown, payload: unknown, answer: T): Promise<T> {
    const index = this.pending.findIndex((h) => h.channel === channel && h.when(payload));
    if (index === -1) return answer;
    const [hold] = this.pending.splice(index, 1);
    hold!.arrive();
    await hold!.released;
    // The binding returns the answer to the page as soon as this resolves.
    setImmediate(hold!.delivered);
    return answer;
  }
}
