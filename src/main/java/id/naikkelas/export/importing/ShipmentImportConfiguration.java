package id.naikkelas.export.importing;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Shipment imports run one at a time on their own thread; at start, jobs a stopped process left
 * running are marked failed with how far they got.
 */
@Configuration(proxyBeanMethods = false)
class ShipmentImportConfiguration {

  private static final Logger log = LoggerFactory.getLogger(ShipmentImportConfiguration.class);

  @Bean(destroyMethod = "shutdown")
  ThreadPoolTaskExecutor shipmentImportExecutor() {
    ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
    executor.setCorePoolSize(1);
    executor.setMaxPoolSize(1);
    executor.setQueueCapacity(50);
    executor.setThreadNamePrefix("shipment-import-");
    executor.setWaitForTasksToCompleteOnShutdown(false);
    return executor;
  }

  @Bean
  ApplicationRunner failInterruptedShipmentImports(ShipmentImportStore jobs, Clock clock) {
    return args -> {
      int interrupted = jobs.failInterrupted(clock.instant());
      if (interrupted > 0) {
        log.warn(
            "{} shipment import(s) were interrupted by a stop and are marked FAILED", interrupted);
      }
    };
  }
}
