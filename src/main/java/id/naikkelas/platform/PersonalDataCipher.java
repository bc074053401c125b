package id.naikkelas.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Personal data at rest (UU 27/2022): values such as a NIK or a phone are stored encrypted with
 * AES-256-GCM, and beside them a keyed hash (HMAC-SHA-256) for look-up and uniqueness without
 * decrypting. The 64-byte key (encryption, then hashing) comes from {@code NAIKKELAS_DATA_KEY}
 * (base64); without it a key is generated once into the data folder, for development.
 */
@Component
public class PersonalDataCipher {

  private static final Logger log = LoggerFactory.getLogger(PersonalDataCipher.class);
  private static final int IV_BYTES = 12;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKeySpec encryptionKey;
  private final SecretKeySpec hashKey;

  /** Cipher and Mac objects are costly to look up and not thread-safe: one of each per thread. */
  private final ThreadLocal<Cipher> ciphers;

  private final ThreadLocal<Mac> macs;

  PersonalDataCipher(
      @Value("${naikkelas.privacy.key:}") String base64Key, DatabaseProperties database) {
    byte[] key = base64Key.isBlank() ? localKey(database.dataDir()) : decode(base64Key);
    this.encryptionKey = new SecretKeySpec(Arrays.copyOfRange(key, 0, 32), "AES");
    this.hashKey = new SecretKeySpec(Arrays.copyOfRange(key, 32, 64), "HmacSHA256");
    this.ciphers = ThreadLocal.withInitial(() -> newInstance("AES/GCM/NoPadding"));
    this.macs = ThreadLocal.withInitial(this::newMac);
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(hashKey);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA-256 is missing from this JVM", e);
    }
  }

  public String encrypt(String plain) {
    if (plain == null) {
      return null;
    }
    try {
      byte[] iv = new byte[IV_BYTES];
      RANDOM.nextBytes(iv);
      Cipher cipher = ciphers.get();
      cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(128, iv));
      byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder()
          .encodeToString(
              ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("encryption failed", e);
    }
  }

  public String decrypt(String stored) {
    if (stored == null) {
      return null;
    }
    try {
      byte[] all = Base64.getDecoder().decode(stored);
      Cipher cipher = ciphers.get();
      cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(128, all, 0, IV_BYTES));
      return new String(
          cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("decryption failed: wrong NAIKKELAS_DATA_KEY?", e);
    }
  }

  /** The keyed hash that finds a value without decrypting: hex HMAC-SHA-256. */
  public String hash(String plain) {
    if (plain == null) {
      return null;
    }
    return HexFormat.of().formatHex(macs.get().doFinal(plain.getBytes(StandardCharsets.UTF_8)));
  }

  private static Cipher newInstance(String transformation) {
    try {
      return Cipher.getInstance(transformation);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(transformation + " is missing from this JVM", e);
    }
  }

  private static byte[] decode(String base64Key) {
    byte[] key = Base64.getDecoder().decode(base64Key.strip());
    if (key.length != 64) {
      throw new IllegalStateException(
          "NAIKKELAS_DATA_KEY must be 64 random bytes in base64 (openssl rand -base64 64)");
    }
    return key;
  }

  private static byte[] localKey(Path dataDir) {
    Path file = dataDir.resolve("keys").resolve("personal-data.key");
    try {
      if (Files.exists(file)) {
        return decode(Files.readString(file));
      }
      Files.createDirectories(file.getParent());
      byte[] key = new byte[64];
      RANDOM.nextBytes(key);
      Files.writeString(file, Base64.getEncoder().encodeToString(key));
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException notPosix) {
        // Windows: the folder's own permissions apply.
      }
      log.warn(
          "Generated a personal-data key in {}. For production set NAIKKELAS_DATA_KEY and keep"
              + " it safe: without it the encrypted NIKs and phones cannot be read.",
          file.toAbsolutePath());
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or create the personal-data key " + file, e);
    }
  }
}
