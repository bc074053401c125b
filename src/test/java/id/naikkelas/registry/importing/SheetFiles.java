package id.naikkelas.registry.importing;

import id.naikkelas.registry.BusinessDraftFixture;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds the import files tests upload: XLSX with typed cells, CSV text, and hostile files. */
public final class SheetFiles {

  public static final List<String> HEADERS =
      List.of(
          "NIK",
          "Nama Pemilik",
          "Jenis Kelamin",
          "No HP",
          "Email",
          "Nama Usaha",
          "NIB",
          "KBLI",
          "Kecamatan",
          "Desa",
          "Kode Desa",
          "Alamat",
          "Tahun Berdiri",
          "Tenaga Kerja",
          "Modal Usaha",
          "Omzet Tahunan",
          "Pemasaran Online",
          "Ekspor",
          "IKM");

  private SheetFiles() {}

  /** A valid row for a Sukodadi village; change cells by header with {@link #with}. */
  public static String[] row(String villageCode) {
    String nik = BusinessDraftFixture.nik(villageCode);
    return new String[] {
      nik,
      "Siti Aminah",
      "",
      "081234567890",
      "",
      "Kerupuk Ikan Siti " + nik.substring(10),
      "",
      "10792",
      "",
      "",
      villageCode,
      "Jl. Pahlawan 3",
      "2018",
      "2",
      "Rp10.000.000",
      "Rp120.000.000",
      "Ya",
      "Tidak",
      "Ya"
    };
  }

  public static String[] with(String[] row, String header, String value) {
    String[] copy = row.clone();
    copy[HEADERS.indexOf(header)] = value;
    return copy;
  }

  /** An XLSX whose cells are text, except numbers given as {@link Double} and formulas "=…". */
  public static byte[] xlsx(List<Object[]> rows) {
    List<Object[]> all = new java.util.ArrayList<>();
    all.add(HEADERS.toArray());
    all.addAll(rows);
    return xlsxOf(all);
  }

  /** An XLSX of exactly these rows, the first being the header. */
  public static byte[] xlsxOf(List<Object[]> rows) {
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Sheet sheet = book.createSheet("Data");
      int r = 0;
      for (Object[] values : rows) {
        Row row = sheet.createRow(r++);
        for (int i = 0; i < values.length; i++) {
          Object value = values[i];
          if (value instanceof Double number) {
            row.createCell(i).setCellValue(number);
          } else if (value instanceof String text && text.startsWith("FORMULA:")) {
            row.createCell(i).setCellFormula(text.substring(8));
          } else if (value != null) {
            row.createCell(i).setCellValue(value.toString());
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public static byte[] csv(char separator, List<String[]> rows) {
    StringBuilder text =
        new StringBuilder(String.join(String.valueOf(separator), HEADERS)).append('\n');
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        if (i > 0) {
          text.append(separator);
        }
        String cell = row[i] == null ? "" : row[i];
        text.append(
            cell.contains(String.valueOf(separator)) || cell.contains("\"")
                ? "\"" + cell.replace("\"", "\"\"") + "\""
                : cell);
      }
      text.append('\n');
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A real XLSX whose sheet unpacks to far more than it packs: the shape of a zip bomb. */
  public static byte[] zipBomb() throws IOException {
    byte[] small = xlsx(List.<Object[]>of(row("35.24.17.2007")));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(small));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        byte[] content = in.readAllBytes();
        zip.putNextEntry(new ZipEntry(entry.getName()));
        if (entry.getName().endsWith("sheet1.xml")) {
          String xml = new String(content, StandardCharsets.UTF_8);
          int end = xml.lastIndexOf("</worksheet>");
          zip.write(xml.substring(0, end).getBytes(StandardCharsets.UTF_8));
          byte[] padding = new byte[1 << 20];
          java.util.Arrays.fill(padding, (byte) ' ');
          for (int i = 0; i < 40; i++) {
            zip.write(padding);
          }
          zip.write(xml.substring(end).getBytes(StandardCharsets.UTF_8));
        } else {
          zip.write(content);
        }
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
