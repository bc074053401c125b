package id.naikkelas.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import id.naikkelas.IntegrationTest;
import jakarta.persistence.EntityManagerFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Catalogue search against its anchors, in one run (DESIGN.md §6): N products (default 100,000) are
 * loaded and mass-indexed, then the same documents are written with a raw Lucene IndexWriter
 * (indexing throughput ratio, goal ≥ 0.33); a query log is replayed over HTTP with concurrent
 * clients and then run directly on the same index with the same concurrency (goal: HTTP p99 ≤ 2 ×
 * direct p99 + 10 ms). Run: {@code ./mvnw -Pbench test -Dtest=CatalogueSearchBenchmark
 * -Dbench.products=100000}.
 */
@IntegrationTest
@Tag("benchmark")
class CatalogueSearchBenchmark {

  private static final String[] PRODUCTS = {
    "Keripik Tempe",
    "Kerupuk Udang",
    "Kerupuk Ikan",
    "Sarung Tenun Ikat",
    "Batik Tulis",
    "Anyaman Bambu",
    "Tas Anyaman",
    "Kopi Robusta",
    "Wine Kopi",
    "Klengkeng",
    "Dodol",
    "Sambal",
    "Abon Ikan",
    "Madu Hutan",
    "Jamu Kunyit",
    "Sabun Herbal",
    "Kue Kering",
    "Ikan Asap",
    "Terasi",
    "Gula Merah",
    "Kecap",
    "Rengginang",
    "Emping",
    "Kerajinan Kayu",
    "Gerabah"
  };
  private static final String[] WORDS = {
    "renyah",
    "gurih",
    "pedas",
    "manis",
    "asli",
    "khas",
    "Lamongan",
    "Lumajang",
    "tradisional",
    "premium",
    "oleh-oleh",
    "makanan",
    "minuman",
    "tangan",
    "alami",
    "segar",
    "kemasan"
  };
  private static final String[] CATEGORIES = {
    "FOOD_DRINK", "FASHION_TEXTILE", "CRAFT", "AGRI_FISHERY"
  };

  @Autowired JdbcClient jdbc;
  @Autowired EntityManagerFactory entityManagerFactory;
  @Autowired ProductSearch search;
  @LocalServerPort int port;

  @Test
  void search_and_indexing_against_their_anchors() throws Exception {
    int n = Integer.getInteger("bench.products", 100_000);
    int clients = Integer.getInteger("bench.clients", 16);
    int queries = Integer.getInteger("bench.queries", 2_000);
    List<String> districts =
        jdbc.sql(
                "select code from region where level = 'DISTRICT' and code like '35.24.%' order by code")
            .query(String.class)
            .list();
    long loadStart = System.nanoTime();
    jdbc.sql(
            """
            insert into product (business_id, business_name, village_code, district_code,
              regency_code, name, description_text, description_html, category, price_min, unit,
              availability, badges, status, created_at, updated_at)
            select g % 7635 + 1, 'UMKM ' || (g % 7635), d.code || '.2001', d.code, '35.24',
              (?::text[])[1 + g % ?] || ' ' || (?::text[])[1 + (g / 7) % ?] || ' ' || g,
              (?::text[])[1 + (g / 3) % ?] || ' ' || (?::text[])[1 + (g / 11) % ?] || ' dari '
                || (?::text[])[1 + g % ?],
              null, (?::text[])[1 + g % 4], 5000 + (g * 37) % 500000, 'bungkus', 'AVAILABLE',
              case when g % 3 = 0 then '{PIRT}'::varchar[] when g % 5 = 0 then '{PIRT,HALAL}'::varchar[]
                else '{}'::varchar[] end,
              'PUBLISHED', now(), now()
            from generate_series(1, ?) g
            join lateral (select (?::text[])[1 + g % ?] as code) d on true""")
        .params(
            PRODUCTS,
            PRODUCTS.length,
            WORDS,
            WORDS.length,
            WORDS,
            WORDS.length,
            WORDS,
            WORDS.length,
            PRODUCTS,
            PRODUCTS.length,
            CATEGORIES,
            n,
            districts.toArray(String[]::new),
            districts.size())
        .update();
    double loadSeconds = (System.nanoTime() - loadStart) / 1e9;

    long hsStart = System.nanoTime();
    SearchIndexCheck.rebuild(entityManagerFactory);
    double hsSeconds = (System.nanoTime() - hsStart) / 1e9;
    long indexed = jdbc.sql("select count(*) from product").query(Long.class).single();

    double rawSeconds = rawLucene();

    List<String> log = queryLog(queries, districts);
    // warm-up, not measured
    replayHttp(log.subList(0, Math.min(200, log.size())), clients);
    replayDirect(log.subList(0, Math.min(200, log.size())), clients);
    long[] http = replayHttp(log, clients);
    long[] direct = replayDirect(log, clients);
    double httpP50 = pct(http, 50);
    double httpP99 = pct(http, 99);
    double directP50 = pct(direct, 50);
    double directP99 = pct(direct, 99);

    System.out.printf(
        Locale.ROOT,
        "%nCatalogue search: %d products (loaded in %.1f s), %d cores%n"
            + "mass indexing (Hibernate Search): %d docs in %.2f s = %.0f docs/s%n"
            + "raw Lucene IndexWriter, same documents: %.2f s = %.0f docs/s%n"
            + "indexing ratio %.2f (goal >= 0.33)%n"
            + "query log: %d queries, %d clients%n"
            + "HTTP   p50 %.1f ms p99 %.1f ms%n"
            + "direct p50 %.1f ms p99 %.1f ms%n"
            + "HTTP p99 / (2 x direct p99 + 10 ms) = %.2f (goal <= 1)%n",
        n,
        loadSeconds,
        Runtime.getRuntime().availableProcessors(),
        indexed,
        hsSeconds,
        indexed / hsSeconds,
        rawSeconds,
        n / rawSeconds,
        (indexed / hsSeconds) / (n / rawSeconds),
        log.size(),
        clients,
        httpP50,
        httpP99,
        directP50,
        directP99,
        httpP99 / (2 * directP99 + 10));
    assertThat(indexed).isGreaterThanOrEqualTo(n);
  }

  /** The same rows as Lucene documents with the same analysis, written by a bare IndexWriter. */
  private double rawLucene() throws Exception {
    Analyzer analyzer =
        CustomAnalyzer.builder()
            .withTokenizer("standard")
            .addTokenFilter("lowercase")
            .addTokenFilter("asciiFolding")
            .addTokenFilter(
                "stop",
                "words",
                "org/apache/lucene/analysis/id/stopwords.txt",
                "ignoreCase",
                "true")
            .addTokenFilter("indonesianStem")
            .build();
    List<Object[]> rows =
        jdbc.sql(
                "select id, business_id, business_name, name, description_text, category,"
                    + " district_code, regency_code, price_min, badges, status from product")
            .query(
                (rs, i) ->
                    new Object[] {
                      rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                      rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                      rs.getBigDecimal(9), (String[]) rs.getArray(10).getArray(), rs.getString(11)
                    })
            .list();
    long start = System.nanoTime();
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
      for (Object[] r : rows) {
        Document d = new Document();
        d.add(new StringField("id", String.valueOf(r[0]), Field.Store.YES));
        d.add(new LongPoint("businessId", (Long) r[1]));
        d.add(new TextField("businessName", (String) r[2], Field.Store.NO));
        d.add(new TextField("name", (String) r[3], Field.Store.NO));
        d.add(
            new SortedDocValuesField(
                "name_sort", new BytesRef(((String) r[3]).toLowerCase(Locale.ROOT))));
        if (r[4] != null) {
          d.add(new TextField("descriptionText", (String) r[4], Field.Store.NO));
        }
        for (int k : new int[] {5, 6, 7}) {
          d.add(
              new StringField(
                  k == 5 ? "category" : k == 6 ? "districtCode" : "regencyCode",
                  (String) r[k],
                  Field.Store.NO));
          d.add(
              new SortedDocValuesField(
                  k == 5 ? "category" : k == 6 ? "districtCode" : "regencyCode",
                  new BytesRef((String) r[k])));
        }
        long price = ((java.math.BigDecimal) r[8]).movePointRight(2).longValue();
        d.add(new LongPoint("priceMin", price));
        d.add(new NumericDocValuesField("priceMin", price));
        for (String b : (String[]) r[9]) {
          d.add(new StringField("badges", b, Field.Store.NO));
          d.add(new SortedSetDocValuesField("badges", new BytesRef(b)));
        }
        d.add(new StringField("status", (String) r[10], Field.Store.NO));
        writer.addDocument(d);
      }
      writer.commit();
    }
    return (System.nanoTime() - start) / 1e9;
  }

  private static List<String> queryLog(int count, List<String> districts) {
    Random random = new Random(7);
    String[] typed = {
      "kripik",
      "krupuk",
      "keripik tempe",
      "batik",
      "tenun",
      "makanan",
      "kopi",
      "anyaman",
      "sambel",
      "madu",
      "sarung",
      "oleh oleh",
      "klengkeng",
      "gerabah",
      "abon"
    };
    List<String> log = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      StringBuilder q =
          new StringBuilder(
              "q="
                  + URLEncoder.encode(typed[random.nextInt(typed.length)], StandardCharsets.UTF_8));
      if (random.nextInt(3) == 0) {
        q.append("&category=").append(CATEGORIES[random.nextInt(CATEGORIES.length)]);
      }
      if (random.nextInt(4) == 0) {
        q.append("&region=").append(districts.get(random.nextInt(districts.size())));
      }
      if (random.nextInt(5) == 0) {
        q.append("&priceTo=").append(25000 + random.nextInt(200000));
      }
      if (random.nextInt(6) == 0) {
        q.append("&badge=PIRT");
      }
      log.add(q.toString());
    }
    return log;
  }

  private long[] replayHttp(List<String> log, int clients) throws Exception {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    return replay(
        log,
        clients,
        q -> {
          HttpResponse<String> r =
              client.send(
                  HttpRequest.newBuilder(
                          URI.create("http://localhost:" + port + "/api/v1/products?" + q))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
          if (r.statusCode() != 200) {
            throw new IllegalStateException(r.statusCode() + " " + r.body());
          }
        });
  }

  private long[] replayDirect(List<String> log, int clients) throws Exception {
    return replay(
        log,
        clients,
        q -> {
          java.util.Map<String, String> p = new java.util.HashMap<>();
          for (String kv : q.split("&")) {
            String[] parts = kv.split("=", 2);
            p.put(parts[0], java.net.URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
          }
          search.search(
              new CatalogueQuery(
                  p.get("q"),
                  p.containsKey("category") ? Category.valueOf(p.get("category")) : null,
                  p.get("region"),
                  null,
                  p.containsKey("priceTo") ? new java.math.BigDecimal(p.get("priceTo")) : null,
                  p.get("badge"),
                  null),
              0,
              20);
        });
  }

  interface Call {
    void run(String query) throws Exception;
  }

  private static long[] replay(List<String> log, int clients, Call call) throws Exception {
    long[] latencies = new long[log.size()];
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<?>> done = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      done.add(
          pool.submit(
              () -> {
                for (int i = next.getAndIncrement(); i < log.size(); i = next.getAndIncrement()) {
                  long t = System.nanoTime();
                  call.run(log.get(i));
                  latencies[i] = System.nanoTime() - t;
                }
                return null;
              }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    return latencies;
  }

  private static double pct(long[] nanos, int p) {
    long[] sorted = Arrays.copyOf(nanos, nanos.length);
    Arrays.sort(sorted);
    return sorted[Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
  }
}
