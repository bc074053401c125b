package id.naikkelas.platform;

import java.security.SecureRandom;

/**
 * Random codes people read and type (tickets, certificate checks, private links): letters and
 * digits without the look-alikes 0/O and 1/I.
 */
public final class RandomCodes {

  private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private RandomCodes() {}

  public static String of(int length) {
    char[] code = new char[length];
    for (int i = 0; i < length; i++) {
      code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
    }
    return new String(code);
  }
}
