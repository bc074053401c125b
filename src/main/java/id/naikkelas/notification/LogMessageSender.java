package id.naikkelas.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Without a provider, messages are written to the log, with the recipient masked. */
@Configuration
@EnableScheduling
class LogMessageSender {

  private static final Logger log = LoggerFactory.getLogger(LogMessageSender.class);

  @Bean
  @ConditionalOnMissingBean(MessageSender.class)
  MessageSender logSender() {
    return (channel, recipient, subject, body) ->
        log.info("[{}] to {}: {}", channel, Notifications.mask(recipient), subject);
  }
}
