package id.naikkelas.platform.sheets;

import id.naikkelas.platform.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams the first sheet of an XLSX with SAX, so a large file never sits in memory, and keeps each
 * cell's type. POI's zip-bomb guard is on with a low entry limit.
 */
final class XlsxSheetReader {

  /** Largest uncompressed part of the package: a sheet of a million rows fits, a bomb does not. */
  static final long MAX_ENTRY_BYTES = 512L * 1024 * 1024;

  static {
    ZipSecureFile.setMinInflateRatio(0.01);
    ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
  }

  private XlsxSheetReader() {}

  static void read(Path file, int maxRows, SheetRowHandler handler) {
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      if (!sheets.hasNext()) {
        throw new InvalidInputException("file", "import.file.noSheet");
      }
      try (InputStream sheet = sheets.next()) {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new Handler(strings, maxRows, handler));
        parser.parse(new InputSource(sheet));
      }
    } catch (InvalidInputException e) {
      throw e;
    } catch (TooManyRows e) {
      throw new InvalidInputException("file", "import.file.tooManyRows", maxRows);
    } catch (IOException
        | OpenXML4JException
        | SAXException
        | ParserConfigurationException
        | RuntimeException e) {
      throw new InvalidInputException("file", "import.file.unreadableXlsx");
    }
  }

  static final class TooManyRows extends RuntimeException {
    TooManyRows() {
      super(null, null, false, false);
    }
  }

  private static final class Handler extends DefaultHandler {
    private final ReadOnlySharedStringsTable strings;
    private final int maxRows;
    private final SheetRowHandler target;
    private final StringBuilder value = new StringBuilder();
    private List<SheetCell> cells = new ArrayList<>();
    private int rowNumber;
    private int column;
    private String type;
    private boolean formula;
    private boolean inValue;
    private boolean headerSeen;

    Handler(ReadOnlySharedStringsTable strings, int maxRows, SheetRowHandler target) {
      this.strings = strings;
      this.maxRows = maxRows;
      this.target = target;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes attrs) {
      switch (local) {
        case "row" -> {
          rowNumber = Integer.parseInt(attrs.getValue("r"));
          cells = new ArrayList<>();
          if (rowNumber > maxRows + 1) {
            throw new TooManyRows();
          }
        }
        case "c" -> {
          column = columnIndex(attrs.getValue("r"));
          type = attrs.getValue("t");
          formula = false;
          value.setLength(0);
        }
        case "f" -> formula = true;
        case "v", "t" -> inValue = true;
        default -> {}
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (inValue) {
        value.append(ch, start, length);
      }
    }

    @Override
    public void endElement(String uri, String local, String qName) {
      switch (local) {
        case "v", "t" -> inValue = false;
        case "c" -> {
          while (cells.size() <= column) {
            cells.add(null);
          }
          cells.set(column, cell());
        }
        case "row" -> {
          if (!headerSeen) {
            headerSeen = true;
            target.header(cells.stream().map(c -> c == null ? "" : c.text()).toList());
          } else {
            target.row(rowNumber, cells);
          }
        }
        default -> {}
      }
    }

    private SheetCell cell() {
      String raw = value.toString();
      if ("s".equals(type)) {
        String text =
            new XSSFRichTextString(strings.getItemAt(Integer.parseInt(raw)).getString())
                .getString();
        return new SheetCell(text, false, formula);
      }
      if ("inlineStr".equals(type) || "str".equals(type)) {
        return new SheetCell(raw, false, formula);
      }
      if ("b".equals(type)) {
        return new SheetCell("1".equals(raw) ? "Ya" : "Tidak", false, formula);
      }
      return new SheetCell(numberText(raw), !raw.isEmpty(), formula);
    }

    /** A whole number as its digits ("3.52E15" as Excel stores it reads as digits, already cut). */
    private static String numberText(String raw) {
      try {
        java.math.BigDecimal number = new java.math.BigDecimal(raw);
        return number.stripTrailingZeros().scale() <= 0
            ? number.toBigInteger().toString()
            : number.toPlainString();
      } catch (NumberFormatException e) {
        return raw;
      }
    }

    private static int columnIndex(String ref) {
      int index = 0;
      for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
        index = index * 26 + (ref.charAt(i) - 'A' + 1);
      }
      return index - 1;
    }
  }
}
