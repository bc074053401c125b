package id.naikkelas.platform.sheets;

import id.naikkelas.platform.InvalidInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a UTF-8 CSV whose separator is {@code ;} or {@code ,} (whichever the header uses more).
 * Bytes that are not UTF-8 stop the file with a clear reason instead of turning into garbage.
 */
final class CsvSheetReader {

  private CsvSheetReader() {}

  static void read(Path file, int maxRows, SheetRowHandler handler) {
    char separator = separatorOf(file);
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setTrim(false).get();
    try (Reader reader = strictUtf8(file)) {
      int rowNumber = 0;
      for (CSVRecord record : format.parse(reader)) {
        rowNumber++;
        List<SheetCell> cells = new ArrayList<>(record.size());
        for (String value : record) {
          cells.add(SheetCell.text(rowNumber == 1 ? stripBom(value) : value));
        }
        if (rowNumber == 1) {
          handler.header(cells.stream().map(SheetCell::text).toList());
        } else {
          if (rowNumber > maxRows + 1) {
            throw new InvalidInputException("file", "import.file.tooManyRows", maxRows);
          }
          handler.row(rowNumber, cells);
        }
      }
    } catch (CharacterCodingException e) {
      throw new InvalidInputException("file", "import.file.notUtf8");
    } catch (java.io.UncheckedIOException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        throw new InvalidInputException("file", "import.file.notUtf8");
      }
      throw new InvalidInputException("file", "import.file.unreadableCsv");
    } catch (IOException | IllegalStateException e) {
      throw new InvalidInputException("file", "import.file.unreadableCsv");
    }
  }

  private static char separatorOf(Path file) {
    try (BufferedReader reader = strictUtf8(file)) {
      String header = reader.readLine();
      if (header == null) {
        throw new InvalidInputException("file", "import.file.empty");
      }
      long semicolons = header.chars().filter(c -> c == ';').count();
      long commas = header.chars().filter(c -> c == ',').count();
      return semicolons > commas ? ';' : ',';
    } catch (CharacterCodingException e) {
      throw new InvalidInputException("file", "import.file.notUtf8");
    } catch (IOException e) {
      throw new InvalidInputException("file", "import.file.unreadableCsv");
    }
  }

  private static BufferedReader strictUtf8(Path file) throws IOException {
    return new BufferedReader(
        new InputStreamReader(
            Files.newInputStream(file),
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)),
        1 << 16);
  }

  private static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
