package id.naikkelas.notification;

/**
 * Hands one message to its channel. The default writes it to the log (development and deployments
 * without a provider); a deployment with a WhatsApp or e-mail provider supplies its own bean.
 */
public interface MessageSender {

  void send(Channel channel, String recipient, String subject, String body) throws Exception;
}
