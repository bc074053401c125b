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
  MessageSender logSender(
      @org.springframework.beans.factory.annotation.Value(
              "${naikkelas.notification.log-bodies:false}")
          boolean logBodies) {
    // the demo logs the text too, so that its visitors can read the codes their phone would get;
    // elsewhere a message's text (codes, confirmation links) stays out of the log
    return (channel, recipient, subject, body) -> {
      if (logBodies) {
        log.info("[{}] to {}: {}\n{}", channel, Notifications.mask(recipient), subject, body);
      } else {
        log.info("[{}] to {}: {}", channel, Notifications.mask(recipient), subject);
      }
    };
  }
}
