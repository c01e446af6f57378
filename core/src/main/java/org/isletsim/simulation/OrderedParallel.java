package org.isletsim.simulation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Maps a function over items on a fixed number of threads and hands the results to a consumer in item
 * order, with at most {@code 2·threads} results in flight, so memory stays bounded however many items there
 * are. Because each item's work is independent and results are consumed in order, the output does not depend
 * on the thread count.
 */
public final class OrderedParallel {
  private OrderedParallel() {}

  public static <T, R> void map(List<T> items, int threads, Function<T, R> work, Consumer<R> inOrder) {
    if (threads < 1) throw new IllegalArgumentException("threads must be >= 1");
    if (threads == 1) {
      for (T t : items) inOrder.accept(work.apply(t));
      return;
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread th = new Thread(r, "isletsim-worker");
              th.setDaemon(true);
              return th;
            });
    try {
      Deque<Future<R>> inFlight = new ArrayDeque<>();
      int next = 0;
      while (next < items.size() || !inFlight.isEmpty()) {
        while (next < items.size() && inFlight.size() < 2 * threads) {
          T item = items.get(next++);
          inFlight.add(pool.submit(() -> work.apply(item)));
        }
        inOrder.accept(await(inFlight.poll()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static <R> R await(Future<R> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException re) throw re;
      if (c instanceof Error err) throw err;
      throw new IllegalStateException(c);
    }
  }
}
