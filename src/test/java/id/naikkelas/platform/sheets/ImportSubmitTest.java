package id.naikkelas.platform.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** A job its executor refuses is reported to the caller, which fails it instead of waiting. */
class ImportSubmitTest {

  @Test
  void a_job_that_runs_is_reported_started() {
    AtomicBoolean ran = new AtomicBoolean();
    assertThat(ImportFiles.submit(Runnable::run, () -> ran.set(true))).isTrue();
    assertThat(ran).isTrue();
  }

  @Test
  void a_full_queue_is_reported_not_started() throws Exception {
    assertThat(
            ImportFiles.submit(
                r -> {
                  throw new TaskRejectedException("full");
                },
                () -> {}))
        .isFalse();
    assertThat(
            ImportFiles.submit(
                r -> {
                  throw new RejectedExecutionException("full");
                },
                () -> {}))
        .isFalse();

    ThreadPoolTaskExecutor one = new ThreadPoolTaskExecutor();
    one.setCorePoolSize(1);
    one.setMaxPoolSize(1);
    one.setQueueCapacity(0);
    one.initialize();
    java.util.concurrent.CountDownLatch hold = new java.util.concurrent.CountDownLatch(1);
    try {
      assertThat(ImportFiles.submit(one, () -> await(hold))).isTrue();
      assertThat(ImportFiles.submit(one, () -> {})).isFalse();
    } finally {
      hold.countDown();
      one.shutdown();
    }
  }

  private static void await(java.util.concurrent.CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
