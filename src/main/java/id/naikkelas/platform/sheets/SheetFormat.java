package id.naikkelas.platform.sheets;

import id.naikkelas.platform.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What an uploaded file really is, judged by its bytes, not its name. */
public enum SheetFormat {
  XLSX,
  CSV;

  private static final byte[] ZIP = {0x50, 0x4b, 0x03, 0x04};
  private static final byte[] OLE = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0};

  public static SheetFormat of(Path file, String fileName) {
    byte[] head = new byte[4096];
    int read;
    try (InputStream in = Files.newInputStream(file)) {
      read = in.readNBytes(head, 0, head.length);
    } catch (IOException e) {
      throw new InvalidInputException("file", "import.file.unreadable");
    }
    if (read == 0) {
      throw new InvalidInputException("file", "import.file.empty");
    }
    if (startsWith(head, read, ZIP)) {
      return XLSX;
    }
    if (startsWith(head, read, OLE)) {
      throw new InvalidInputException("file", "import.file.oldXls");
    }
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".xlsx")) {
      throw new InvalidInputException("file", "import.file.notXlsx");
    }
    for (int i = 0; i < read; i++) {
      if (head[i] == 0) {
        throw new InvalidInputException("file", "import.file.binary");
      }
    }
    String start =
        new String(head, 0, read, StandardCharsets.UTF_8).stripLeading().toLowerCase(Locale.ROOT);
    if (start.startsWith("\uFEFF")) {
      start = start.substring(1);
    }
    if (start.startsWith("<!doctype")
        || start.startsWith("<html")
        || start.startsWith("<?xml")
        || start.startsWith("<script")
        || start.startsWith("<")) {
      throw new InvalidInputException("file", "import.file.html");
    }
    return CSV;
  }

  /** Reads the file's rows with the reader of this format. */
  public void read(Path file, int maxRows, SheetRowHandler handler) {
    if (this == XLSX) {
      XlsxSheetReader.read(file, maxRows, handler);
    } else {
      CsvSheetReader.read(file, maxRows, handler);
    }
  }

  private static boolean startsWith(byte[] data, int length, byte[] prefix) {
    if (length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (data[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
