package id.naikkelas.registry;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The key two spellings of one business name share: accents and case folded, punctuation and
 * repeated spaces removed ("Keripik Tempe 'Bu Sri'" and "keripik tempe bu sri").
 */
final class BusinessNames {

  private BusinessNames() {}

  static String key(String name) {
    String folded =
        Normalizer.normalize(name, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT);
    return folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
