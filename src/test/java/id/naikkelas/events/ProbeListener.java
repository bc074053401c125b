package id.naikkelas.events;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A test-only cross-module reaction. For a marker it was told to stop, the first call stops midway
 * (it waits until released) and then fails; every later call completes.
 */
@Component
public class ProbeListener {

  private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
  private final Map<String, CountDownLatch> started = new ConcurrentHashMap<>();
  private final Map<String, CountDownLatch> holds = new ConcurrentHashMap<>();
  private final Set<String> armed = ConcurrentHashMap.newKeySet();

  /** The first call for this marker will stop midway until {@link #release}, then fail. */
  void stopFirstCall(String marker) {
    started.put(marker, new CountDownLatch(1));
    holds.put(marker, new CountDownLatch(1));
    armed.add(marker);
  }

  boolean awaitStarted(String marker, Duration timeout) throws InterruptedException {
    return started.get(marker).await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  void release(String marker) {
    holds.get(marker).countDown();
  }

  int calls(String marker) {
    AtomicInteger count = calls.get(marker);
    return count == null ? 0 : count.get();
  }

  @ApplicationModuleListener
  public void on(ProbeEvent event) throws InterruptedException {
    calls.computeIfAbsent(event.marker(), m -> new AtomicInteger()).incrementAndGet();
    if (armed.remove(event.marker())) {
      started.get(event.marker()).countDown();
      holds.get(event.marker()).await(30, TimeUnit.SECONDS);
      throw new IllegalStateException("probe stopped midway: " + event.marker());
    }
  }
}
