package id.naikkelas.registry.importing;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Imports run one at a time on their own thread, so that a large file does not slow every page. At
 * start, jobs a stopped process left running are marked failed with how far they got.
 */
@Configuration(proxyBeanMethods = false)
class ImportConfiguration {

  private static final Logger log = LoggerFactory.getLogger(ImportConfiguration.class);

  @Bean(destroyMethod = "shutdown")
  ThreadPoolTaskExecutor importExecutor() {
    ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
    executor.setCorePoolSize(1);
    executor.setMaxPoolSize(1);
    executor.setQueueCapacity(50);
    executor.setThreadNamePrefix("import-");
    executor.setWaitForTasksToCompleteOnShutdown(false);
    return executor;
  }

  @Bean
  ApplicationRunner failInterruptedImports(ImportJobStore jobs, Clock clock) {
    return args -> {
      int interrupted = jobs.failInterrupted(clock.instant());
      if (interrupted > 0) {
        log.warn("{} import job(s) were interrupted by a stop and are marked FAILED", interrupted);
      }
    };
  }
}
