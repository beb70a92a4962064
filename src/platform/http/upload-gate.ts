import { AppError } from '../errors/app-error';

/** Seconds a refused uploader is asked to wait before trying again. */
export const UPLOAD_RETRY_AFTER_SECONDS = 30;

/**
 * A counting semaphore for uploads that anyone may send (the anonymous channel): at most
 * `max` are received at once, so a burst cannot fill the disk spool or tie up every
 * database connection. Over the cap the request is refused at once with 503 and
 * Retry-After, rather than queued: a queued upload still holds its connection.
 */
export class UploadGate {
  private active = 0;

  constructor(readonly max: number) {}

  /** Take a place or throw 503; call the returned function exactly once when done. */
  enter(): () => void {
    if (this.active >= this.max) {
      throw new AppError(
        'unavailable',
        'Er worden nu veel bestanden tegelijk ontvangen. Probeer het over een halve minuut opnieuw; uw tekst staat nog in het formulier.',
        { extra: { retryAfter: UPLOAD_RETRY_AFTER_SECONDS } },
      );
    }
    this.active++;
    let left = false;
    return () => {
      if (left) return;
      left = true;
      this.active--;
    };
  }

  /** Run `fn` holding a place. */
  async run<T>(fn: () => Promise<T>): Promise<T> {
    const leave = this.enter();
    try {
      return await fn();
    } finally {
      leave();
    }
  }
}
