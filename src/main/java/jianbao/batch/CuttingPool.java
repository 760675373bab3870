package jianbao.batch;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.IntFunction;

/**
 * Worker threads that run one task per input and hand the results back in input order, from a
 * bounded window of tasks in flight: the outputs do not depend on which worker finishes first, and
 * memory holds only the window.
 */
final class CuttingPool implements AutoCloseable {

  /** Takes one result on the run's thread. */
  @FunctionalInterface
  interface Taker<T> {
    void take(int index, T result) throws IOException, InterruptedException;
  }

  private final ExecutorService workers;
  private final int window;

  CuttingPool(int threads) {
    this.workers = Executors.newFixedThreadPool(threads, new WorkerThreads());
    this.window = threads * 4;
  }

  /**
   * Runs {@code task(i)} for i in 0..count-1 and gives each result to {@code taker} in order; a
   * task that dies is turned into a result by {@code crashed} (index, cause) rather than stop the run.
   */
  <T> void inOrder(int count, IntFunction<Callable<T>> task, BiFunction<Integer, Throwable, T> crashed,
      Taker<T> taker) throws IOException, InterruptedException {
    ArrayDeque<Future<T>> inFlight = new ArrayDeque<>();
    int next = 0;
    for (int taken = 0; taken < count; taken++) {
      while (next < count && inFlight.size() < window) {
        inFlight.add(workers.submit(task.apply(next++)));
      }
      T result;
      try {
        result = inFlight.poll().get();
      } catch (ExecutionException e) {
        result = crashed.apply(taken, e.getCause());
      }
      taker.take(taken, result);
    }
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }

  /** Daemon workers: a run that fails never keeps the JVM alive. */
  private static final class WorkerThreads implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable r) {
      Thread t = new Thread(r, "jianbao-worker-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    }
  }
}
