package id.naikkelas.notification;

/** How a message travels. */
public enum Channel {
  EMAIL,
  WHATSAPP,
  SMS
}
