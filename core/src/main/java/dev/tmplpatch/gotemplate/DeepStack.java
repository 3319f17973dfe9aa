package dev.tmplpatch.gotemplate;

/**
 * DeepStack runs work on a thread with a Go-sized stack and waits for it. Go's goroutine stacks
 * grow to 1 GB; a Java thread's does not, so input-controlled recursion (deep template nesting)
 * runs here rather than being rewritten as loops.
 */
public final class DeepStack {

  /** BYTES is the stack size: Go's default maximum goroutine stack. */
  public static final long BYTES = 1L << 30;

  private DeepStack() {}

  /**
   * run runs the task on a new daemon thread with a {@link #BYTES} stack and waits for it to end,
   * keeping the caller's interrupt status if it was interrupted while waiting.
   */
  public static void run(String name, Runnable task) {
    Thread t = new Thread(null, task, name, BYTES);
    t.setDaemon(true);
    t.start();
    boolean interrupted = false;
    while (true) {
      try {
        t.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
