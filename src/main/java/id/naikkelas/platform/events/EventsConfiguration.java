package id.naikkelas.platform.events;

import java.util.concurrent.Executor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * {@code @Async} (which every {@code @ApplicationModuleListener} is) runs on its own bounded pool,
 * not on the importer's thread nor in the publishing request. A stop lets running reactions finish
 * for {@link EventSettings#shutdownWait()}; what is cut off stays incomplete in the registry and
 * runs again at the next start ({@code republish-outstanding-events-on-restart}).
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableScheduling
class EventsConfiguration implements AsyncConfigurer {

  private final ThreadPoolTaskExecutor executor;

  EventsConfiguration(EventSettings settings) {
    executor = new ThreadPoolTaskExecutor();
    executor.setCorePoolSize(settings.listenerThreads());
    executor.setMaxPoolSize(settings.listenerThreads());
    executor.setQueueCapacity(settings.listenerQueue());
    executor.setThreadNamePrefix("reaction-");
    executor.setWaitForTasksToCompleteOnShutdown(true);
    executor.setAwaitTerminationMillis(settings.shutdownWait().toMillis());
  }

  /** A bean, so that the context starts and stops it. */
  @Bean
  ThreadPoolTaskExecutor listenerExecutor() {
    return executor;
  }

  @Bean
  ResubmissionPolicy resubmissionPolicy(EventSettings settings) {
    return new ResubmissionPolicy(settings.resubmitAfter(), settings.maxAttempts());
  }

  @Override
  public Executor getAsyncExecutor() {
    return executor;
  }
}
